package io.drillbook.core.evidence;

import java.security.PublicKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks checkpoint and head signatures against the public keys a workspace (or a bundle) holds.
 * Each method returns what is wrong, in words, or empty when the signature checks out.
 */
public final class SignatureCheck {
    private final Map<String, PublicSigningKey> keys = new LinkedHashMap<>();

    public SignatureCheck(Collection<PublicSigningKey> known) {
        known.forEach(k -> keys.put(k.keyId(), k));
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    public Optional<String> checkpointProblem(EvidenceCheckpoint cp) {
        String what = "the checkpoint at event " + cp.seq();
        if (cp.keyId().isEmpty() || cp.signature().isEmpty()) {
            return Optional.of(what + " carries no Ed25519 signature, so it cannot be checked"
                    + " (forged, or sealed with a machine-local key by an older version)");
        }
        if (keys.isEmpty()) {
            return Optional.of(what + " cannot be checked: the workspace holds no public signing key");
        }
        PublicSigningKey key = keys.get(cp.keyId());
        if (key == null) {
            return Optional.of(what + " is signed by key " + Ed25519.shortId(cp.keyId()) + ", which the workspace does not know");
        }
        Optional<PublicKey> decoded = key.decoded();
        if (decoded.isEmpty()) {
            return Optional.of(what + " is signed by key " + Ed25519.shortId(cp.keyId())
                    + ", whose stored public key is damaged (it does not match its id)");
        }
        if (!Ed25519.verify(decoded.get(), cp.signedText(), cp.signature())) {
            return Optional.of(what + " does not match its Ed25519 signature (forged or edited)");
        }
        return Optional.empty();
    }

    /** @param what how to name the head in messages, e.g. {@code anchor s3://evidence/head.json} */
    public Optional<String> headProblem(ChainHead head, String what) {
        if (!head.isSigned()) {
            return Optional.of(what + " is not signed, so it cannot be checked");
        }
        PublicKey embedded;
        try {
            embedded = Ed25519.publicKey(head.publicKey());
        } catch (IllegalArgumentException e) {
            return Optional.of(what + " carries no valid Ed25519 public key");
        }
        if (!Ed25519.keyId(embedded).equals(head.keyId())) {
            return Optional.of(what + " names key " + Ed25519.shortId(head.keyId()) + " but carries a different public key");
        }
        if (!Ed25519.verify(embedded, head.signedText(), head.signature())) {
            return Optional.of(what + " does not match its Ed25519 signature (forged or edited)");
        }
        if (keys.isEmpty()) {
            return Optional.of(what + " cannot be checked: the workspace holds no public signing key");
        }
        if (!keys.containsKey(head.keyId())) {
            return Optional.of(what + " is signed by key " + Ed25519.shortId(head.keyId()) + ", which the workspace does not know");
        }
        return Optional.empty();
    }
}
