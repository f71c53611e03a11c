package io.drillbook.infra.evidence;

import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The private half of this user's evidence signing key: {@value #FILE} in the data folder, created
 * on first use with permissions 600, holding the Ed25519 key pair as Base64 (PKCS#8 and X.509).
 */
public final class SigningKeyFile {
    public static final String FILE = "evidence-signing.key";
    private static final Logger LOGGER = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final String HEADER = "# Drillbook evidence signing key (Ed25519). Whoever holds this file can sign"
            + " checkpoints and anchors for the workspaces that know its public key: keep it private.\n";

    private final Path file;

    public SigningKeyFile(Path file) {
        this.file = file;
    }

    public static SigningKeyFile inDataDir(Path dataDir) {
        return new SigningKeyFile(dataDir.resolve(FILE));
    }

    public Path path() {
        return file;
    }

    /** The key in the file, if there is one. */
    public synchronized Optional<SigningKey> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            warnIfOthersCanRead();
            String publicKey = null;
            String privateKey = null;
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.startsWith("public ")) {
                    publicKey = line.substring(7).trim();
                } else if (line.startsWith("private ")) {
                    privateKey = line.substring(8).trim();
                }
            }
            if (publicKey == null || privateKey == null) {
                throw new IllegalStateException(file + " is not a Drillbook signing key file (no 'public' and 'private' lines)");
            }
            return Optional.of(new SigningKey(Ed25519.publicKey(publicKey), Ed25519.privateKey(privateKey)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " holds no valid Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** The key in the file, created (owner-only) if there is none yet. */
    public synchronized SigningKey loadOrCreate() {
        return load().orElseGet(this::create);
    }

    private SigningKey create() {
        SigningKey key = SigningKey.of(Ed25519.generate());
        String text = HEADER + "public " + key.publicKeyBase64() + "\nprivate " + Ed25519.encode(key.privateKey()) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the signing key " + file, e);
        }
        LOGGER.info("Created evidence signing key {} in {}", key.keyId(), file);
        return key;
    }

    private void warnIfOthersCanRead() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                LOGGER.warn("{} can be read by other users ({}): chmod 600 it", file, PosixFilePermissions.toString(perms));
            }
        }
    }
}
