package io.drillbook.core.workspace;

import java.util.regex.Pattern;

/**
 * A host key trusted because the workspace file names its fingerprint: a connection to
 * {@code host:port} is accepted when the server's key has this SHA-256 fingerprint.
 *
 * @param fingerprint {@code SHA256:} followed by the unpadded base64 digest, as OpenSSH prints it
 */
public record PinnedHostKey(String host, int port, String fingerprint) {
    private static final Pattern SHA256 = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

    public PinnedHostKey {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a trusted host key needs a host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        if (fingerprint == null || !SHA256.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("fingerprint must look like SHA256:<43 base64 characters> "
                    + "(ssh-keygen -lf KEY.pub prints it), was '" + fingerprint + "'");
        }
    }

    /** {@code host} or {@code [host]:port}, as known_hosts writes it. */
    public String hostPattern() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
