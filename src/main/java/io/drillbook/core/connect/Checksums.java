package io.drillbook.core.connect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 of local files, as lower-case hex (what {@code sha256sum} prints). */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(Path file) {
        MessageDigest digest = OutputCapture.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ConnectorException("cannot read " + file + " to checksum it: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Fails with a message naming both digests unless they are equal. */
    public static void requireEqual(String what, String expected, String actual) {
        if (!expected.equalsIgnoreCase(actual)) {
            throw new ChecksumMismatchException(what + ": checksum mismatch, expected " + expected + " but got " + actual);
        }
    }

    /** Content arrived different from what was sent or announced. */
    public static final class ChecksumMismatchException extends ConnectorException {
        public ChecksumMismatchException(String message) {
            super(message);
        }
    }
}
