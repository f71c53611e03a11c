package io.drillbook.infra.ssh;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/** Host key names and fingerprints as OpenSSH prints them. */
final class HostKeys {
    private HostKeys() {
    }

    static String type(PublicKey key) {
        return KeyType.fromKey(key).toString();
    }

    /** The SSH wire encoding of {@code key}. */
    static byte[] blob(PublicKey key) {
        return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
    }

    static String fingerprint(PublicKey key) {
        return fingerprint(blob(key));
    }

    /** {@code SHA256:} followed by unpadded base64, like {@code ssh-keygen -lf}. */
    static String fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** How known_hosts names a host: {@code host} on port 22, {@code [host]:port} otherwise. */
    static String pattern(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
