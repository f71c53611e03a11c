package io.drillbook.core.connect;

/**
 * A host key Drillbook trusts, as listed in its own known-hosts file.
 *
 * @param hostPattern the host as written in the file: {@code host} or {@code [host]:port}
 */
public record KnownHostKey(String hostPattern, String keyType, String fingerprint) {
}
