package io.drillbook.core.connect;

/** A file copied to or from a host, with the SHA-256 both ends agreed on. */
public record TransferResult(String source, String target, long bytes, String sha256) {
}
