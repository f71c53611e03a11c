package io.drillbook.infra.ssh;

import java.util.Base64;

/** Fingerprints computed from OpenSSH public key lines, independently of a live connection. */
final class HostKeysTestSupport {
    private HostKeysTestSupport() {
    }

    static String fingerprintOfPublicKeyLine(String line) {
        return HostKeys.fingerprint(Base64.getDecoder().decode(line.trim().split("\\s+")[1]));
    }
}
