package io.drillbook.core.evidence;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/** The private half of a workspace signing key, as the archiving admin's data folder holds it. */
public record SigningKey(PublicKey publicKey, PrivateKey privateKey) {
    public SigningKey {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    public static SigningKey of(KeyPair pair) {
        return new SigningKey(pair.getPublic(), pair.getPrivate());
    }

    public String keyId() {
        return Ed25519.keyId(publicKey);
    }

    public String publicKeyBase64() {
        return Ed25519.encode(publicKey);
    }

    public String sign(String text) {
        return Ed25519.sign(privateKey, text);
    }
}
