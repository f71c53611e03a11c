package io.drillbook.app.demo;

import io.drillbook.core.connect.Checksums;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.infra.demo.DemoManifest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo's files under the data folder ({@code <data>/demo}): the backups its drills restore and
 * the playbook's working folder, copied from assets/demo as the manifest lists them, and the values
 * of the {@code ${demo.*}} placeholders of its plan and playbook files.
 */
final class DemoFiles {
    private final Path dir;

    DemoFiles(Path dataDir) {
        this.dir = dataDir.toAbsolutePath().normalize().resolve("demo");
    }

    Path dir() {
        return dir;
    }

    /** Copies every listed asset (again: a re-run puts the demo's folders back into their first state). */
    void copyAll(DemoManifest manifest) {
        manifest.files().forEach(f -> DemoAssets.copy(f.from(), dir.resolve(f.to())));
        try {
            Files.createDirectories(dir.resolve("restores"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir.resolve("restores"), e);
        }
    }

    /** Copies the assets whose target lies under {@code folder} (relative to the demo folder) again. */
    void copyUnder(DemoManifest manifest, String folder) {
        manifest.files().stream().filter(f -> f.to().startsWith(folder + "/"))
                .forEach(f -> DemoAssets.copy(f.from(), dir.resolve(f.to())));
    }

    /** The placeholder values: this folder, and the java command and class path of the running program. */
    Map<String, String> values() {
        return Map.of("dir", dir.toString(), "java", javaCommand(), "classpath", absoluteClassPath());
    }

    /** The inventory entry of a copied backup, completed at {@code completed}. */
    Backup backup(DemoManifest.DemoBackup b, String id, Path location, Instant completed) {
        try {
            Path checksummed = Files.isDirectory(location) ? location.resolve("MANIFEST.sha256") : location;
            long size;
            try (Stream<Path> files = Files.isDirectory(location) ? Files.list(location) : Stream.of(location)) {
                size = files.mapToLong(DemoFiles::size).sum();
            }
            return new Backup(new SystemEnv(b.system(), b.environment()), BackupSource.LOCAL, id, completed.minus(b.took()),
                    completed, BackupStatus.SUCCEEDED, size, Checksums.sha256(checksummed), location.toString(), false, null, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo backup " + location, e);
        }
    }

    /** A copy of the backup folder {@code from} named {@code name}, with {@code damaged} changed after its manifest was made. */
    Path damagedCopy(Path from, String name, String damaged) {
        Path copy = from.resolveSibling(name);
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(copy);
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(copy.resolve(damaged), "\u0000\u0000 bit rot \u0000\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the damaged demo backup " + copy, e);
        }
    }

    /** This program's class path with every entry absolute, so a command using it works from any directory. */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
