package io.drillbook.infra.evidence;

import io.drillbook.core.evidence.CheckpointSeal;
import io.drillbook.core.evidence.EvidenceCheckpoint;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * HMAC-SHA256 over a checkpoint with a key kept in the data folder ({@code checkpoint.key}, 32
 * random bytes as hex, created on first use with permissions 600). It detects accidental or
 * careless edits of checkpoint rows, not an attacker who can read the key file.
 */
public final class HmacCheckpointSeal implements CheckpointSeal {
    public static final String KEY_FILE = "checkpoint.key";

    private final Path keyFile;

    public HmacCheckpointSeal(Path keyFile) {
        this.keyFile = keyFile;
    }

    public static HmacCheckpointSeal inDataDir(Path dataDir) {
        return new HmacCheckpointSeal(dataDir.resolve(KEY_FILE));
    }

    @Override
    public String sign(EvidenceCheckpoint checkpoint) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(checkpoint.signedText().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean isAuthentic(EvidenceCheckpoint checkpoint) {
        return MessageDigest.isEqual(sign(checkpoint).getBytes(StandardCharsets.US_ASCII),
                checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private synchronized byte[] key() {
        try {
            if (!Files.exists(keyFile)) {
                create();
            }
            return HexFormat.of().parseHex(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint key " + keyFile, e);
        }
    }

    private void create() throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(keyFile);
        }
        Files.writeString(keyFile, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
    }
}
