package io.drillbook.core.evidence;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A public key the workspace knows, with which anyone can check checkpoints and anchors.
 *
 * @param keyId     SHA-256 (hex) of the encoded public key
 * @param publicKey Base64 X.509 encoding of the Ed25519 public key
 */
public record PublicSigningKey(String keyId, String publicKey, String registeredBy, Instant registeredAt) {
    public PublicSigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        registeredBy = registeredBy == null ? "" : registeredBy;
    }

    public static PublicSigningKey of(SigningKey key, String registeredBy, Instant registeredAt) {
        return new PublicSigningKey(key.keyId(), key.publicKeyBase64(), registeredBy, registeredAt);
    }

    /** The decoded key, or empty when the stored text is not an Ed25519 key whose id matches. */
    public java.util.Optional<PublicKey> decoded() {
        try {
            PublicKey key = Ed25519.publicKey(publicKey);
            return Ed25519.keyId(key).equals(keyId) ? java.util.Optional.of(key) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
