package io.drillbook.core.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the live chain resumes after older events were archived to a bundle and pruned: event
 * {@code seq} had hash {@code hash}, so the first remaining event must link to it.
 *
 * @param bundleSha256 SHA-256 of the archive bundle holding the pruned events
 * @param keyId        id of the workspace signing key that signed it, empty before signing
 * @param signature    Ed25519 signature (Base64) over {@link #signedText()}, empty before signing
 */
public record EvidenceCheckpoint(long seq, String hash, Instant archivedAt, String bundleSha256, String keyId, String signature) {
    public EvidenceCheckpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(archivedAt, "archivedAt");
        Objects.requireNonNull(bundleSha256, "bundleSha256");
        keyId = keyId == null ? "" : keyId.trim();
        signature = signature == null ? "" : signature.trim();
    }

    public static EvidenceCheckpoint unsigned(long seq, String hash, Instant archivedAt, String bundleSha256) {
        return new EvidenceCheckpoint(seq, hash, archivedAt, bundleSha256, "", "");
    }

    /** What the signature covers: every other field, the key id included. */
    public String signedText() {
        return "drillbook-checkpoint/1\n" + seq + "\n" + hash + "\n" + EvidenceHashing.normalise(archivedAt) + "\n"
                + bundleSha256 + "\n" + keyId + "\n";
    }

    public EvidenceCheckpoint signedBy(SigningKey key) {
        EvidenceCheckpoint withKey = new EvidenceCheckpoint(seq, hash, archivedAt, bundleSha256, key.keyId(), "");
        return new EvidenceCheckpoint(seq, hash, archivedAt, bundleSha256, key.keyId(), key.sign(withKey.signedText()));
    }
}
