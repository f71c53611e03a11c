package io.drillbook.core.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the live chain resumes after older events were archived to a bundle and pruned: event
 * {@code seq} had hash {@code hash}, so the first remaining event must link to it.
 *
 * @param bundleSha256 SHA-256 of the archive bundle holding the pruned events
 * @param signature    HMAC-SHA256 over {@link #signedText()}, empty before signing
 */
public record EvidenceCheckpoint(long seq, String hash, Instant archivedAt, String bundleSha256, String signature) {
    public EvidenceCheckpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(archivedAt, "archivedAt");
        Objects.requireNonNull(bundleSha256, "bundleSha256");
        signature = signature == null ? "" : signature;
    }

    /** What the signature covers. */
    public String signedText() {
        return seq + "\n" + hash + "\n" + EvidenceHashing.normalise(archivedAt) + "\n" + bundleSha256 + "\n";
    }

    public EvidenceCheckpoint signedWith(String value) {
        return new EvidenceCheckpoint(seq, hash, archivedAt, bundleSha256, value);
    }
}
