package io.drillbook.core.connect;

/**
 * A host key offered by a server, as a person would check it.
 *
 * @param fingerprint {@code SHA256:} followed by unpadded base64, as OpenSSH prints it
 */
public record HostKeyCandidate(String host, int port, String keyType, String fingerprint) {

    public String hostAndPort() {
        return host + ":" + port;
    }
}
