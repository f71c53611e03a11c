package io.drillbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive like the one packaging/cds-archive.sh gives the installers' runtime:
 * the classes one console start loads (its very first start, until the demo is complete), of the
 * JDK and JavaFX only, dumped into a static archive; the app's own classes load as usual. Here the
 * JDK is the one running the benchmark and JavaFX comes from jars, so the archive is made for the
 * benchmark's exact class path (JDK 17 checks it by absolute path).
 */
final class ClassDataArchive {
    private static final List<String> RUNTIME_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "javafx/");

    private ClassDataArchive() {
    }

    /** Trains on {@code console} (a command ending in its main class and arguments) and writes {@code archive}. */
    static Path make(List<String> console, Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("drillbook-cds");
        Path list = work.resolve("classes.lst");
        List<String> training = new ArrayList<>(console);
        training.add(1, "-XX:DumpLoadedClassList=" + list);
        run(withFreshDataDir(training, work.resolve("data")), work.resolve("training.log"));
        List<String> runtimeOnly = Files.readAllLines(list).stream()
                .filter(line -> RUNTIME_PACKAGES.stream().anyMatch(line::startsWith)).toList();
        Path filtered = Files.write(work.resolve("runtime-classes.lst"), runtimeOnly);
        int cp = console.indexOf("-cp");
        run(List.of(console.get(0), "-Xshare:dump", "-XX:SharedClassListFile=" + filtered, "-XX:SharedArchiveFile=" + archive,
                "-cp", console.get(cp + 1)), work.resolve("dump.log"));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no archive written, see " + work.resolve("dump.log"));
        }
        return archive;
    }

    /** {@code console} mapping {@code archive} (refusing to start without it, so a figure is never silently without). */
    static List<String> using(List<String> console, Path archive) {
        List<String> cmd = new ArrayList<>(console);
        cmd.addAll(1, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
        return cmd;
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
