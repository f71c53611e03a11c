package io.drillbook.core.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders Drillbook writes (command outputs, reports, bundles, logs, the data folder) are
 * readable by their owner only: 0600 and 0700 where the file system has POSIX permissions. Command
 * outputs may hold what a command printed, reports what a run recorded.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Opens {@code file} for writing (created or truncated), mode 0600 before a byte is written. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        prepare(file);
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Writes {@code bytes} to {@code file} (created or replaced), mode 0600. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    /** Creates {@code dir} and missing parents; the folders it creates are 0700. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Path missing = absolute;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        boolean existed = Files.isDirectory(absolute);
        Files.createDirectories(absolute);
        if (POSIX && !existed) {
            for (Path p = absolute; p != null && p.startsWith(missing); p = p.getParent()) {
                Files.setPosixFilePermissions(p, DIRECTORY);
            }
        }
        return dir;
    }

    /** Makes an existing file or folder owner-only (0600 / 0700); does nothing where there are no POSIX permissions. */
    public static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    private static void prepare(Path file) throws IOException {
        if (!POSIX) {
            return;
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
    }
}
