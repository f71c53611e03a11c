package io.drillbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The console started as the .deb installs it: a class-data archive of every class one console start
 * loads (its very first start, until the demo is complete), the app's own included, dumped as the
 * package's postinst dumps it in /opt/drillbook, and the JVM options of the installed launcher
 * (packaging/launcher-java-options). Here the JDK is the one running the benchmark and JavaFX comes
 * from jars, so the archive is made for the benchmark's exact class path (JDK 17 checks it by absolute path).
 */
final class ClassDataArchive {
    private static final Path LAUNCHER_OPTIONS = Path.of("packaging", "launcher-java-options");

    private ClassDataArchive() {
    }

    /** Trains on {@code console} (a command ending in its main class and arguments) and writes {@code archive}. */
    static Path make(List<String> console, Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("drillbook-cds");
        Path list = work.resolve("classes.lst");
        List<String> training = new ArrayList<>(console);
        training.add(1, "-XX:DumpLoadedClassList=" + list);
        run(withFreshDataDir(training, work.resolve("data")), work.resolve("training.log"));
        int cp = console.indexOf("-cp");
        run(List.of(console.get(0), "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
                "-cp", console.get(cp + 1)), work.resolve("dump.log"));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no archive written, see " + work.resolve("dump.log"));
        }
        return archive;
    }

    /**
     * {@code console} with the installed launcher's JVM options, mapping {@code archive} where the launcher
     * maps its own (and refusing to start without it, so a figure is never silently without).
     */
    static List<String> asInstalled(List<String> console, Path archive) throws IOException {
        List<String> cmd = new ArrayList<>(console);
        cmd.addAll(1, launcherOptions(archive));
        return cmd;
    }

    /** The options of packaging/launcher-java-options, the archive's path for the launcher's and -Xshare:on for auto. */
    static List<String> launcherOptions(Path archive) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(LAUNCHER_OPTIONS)) {
            String option = line.strip();
            if (option.isEmpty() || option.startsWith("#")) {
                continue;
            }
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                option = "-XX:SharedArchiveFile=" + archive;
            } else if (option.equals("-Xshare:auto")) {
                option = "-Xshare:on";
            }
            options.add(option);
        }
        if (!options.contains("-XX:SharedArchiveFile=" + archive)) {
            throw new IllegalStateException(LAUNCHER_OPTIONS + " names no class-data archive");
        }
        return options;
    }

    private static List<String> withFreshDataDir(List<String> cmd, Path dataDir) {
        List<String> out = new ArrayList<>(cmd);
        out.set(out.indexOf("--data-dir") + 1, dataDir.toString());
        return out;
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ", see " + log);
        }
    }
}
