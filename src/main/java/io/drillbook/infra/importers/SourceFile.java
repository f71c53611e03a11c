package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one input file, its name for messages, its SHA-256 and when it was last written
 * (the only clock some tool outputs have: restic 0.14's backup summary carries no time).
 */
record SourceFile(String name, byte[] bytes, String sha256, Instant modified) {

    static SourceFile read(Path file) throws ImportException {
        String name = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new SourceFile(name, bytes, sha256(bytes), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new ImportException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    ImportException error(String problem) {
        return new ImportException(name, 0, 0, problem);
    }
}
