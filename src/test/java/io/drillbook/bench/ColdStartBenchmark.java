package io.drillbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JVM start to first frame of the console, to the workspace on screen, and the very first start
 * (fresh data folder: create, migrate, seed the demo until its history is complete), each against a
 * bare JavaFX window measured in the same run, each in a fresh JVM. The console runs from the jar the
 * build made (target/drillbook.jar), once as {@code java -jar} runs it and once as the .deb installs it:
 * with the installed launcher's JVM options and a class-data archive of its classes ({@link ClassDataArchive}).
 * "On screen" is the overview showing what needs attention and the trend, laid out, not its "loading"
 * state. Uses the real display when there is one, headless Monocle otherwise.
 */
public final class ColdStartBenchmark implements Benchmark {
    private static final int RUNS = 7;
    private static final int FIRST_STARTS = 3;

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public String description() {
        return "JVM start to first frame, to the workspace on screen, and the very first start on a fresh data folder, "
                + "each against a bare JavaFX window (medians of fresh JVMs), as java -jar and as installed";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path archive = ClassDataArchive.make(consoleCommand(Files.createTempDirectory("drillbook-bench")),
                Files.createTempDirectory("drillbook-cds-archive").resolve("console.jsa"));
        Starts plain = starts(dir -> consoleCommand(dir));
        Starts cds = starts(dir -> ClassDataArchive.asInstalled(consoleCommand(dir), archive));
        report.note(System.getenv("DISPLAY") == null ? "headless Monocle, software rendering" : "display " + System.getenv("DISPLAY"));
        report.note("console: target/drillbook.jar; 'installed': with the installed launcher's JVM options ("
                + String.join(" ", ClassDataArchive.launcherOptions(archive)).replace(archive.toString(), "<archive>")
                + ") and an archive of every class a console start loads, as the .deb's postinst dumps it");
        double bare = median(java.util.stream.DoubleStream.concat(java.util.Arrays.stream(plain.bare), java.util.Arrays.stream(cds.bare)).toArray());
        report.figure("bare JavaFX window first frame (median, the baseline)", bare, "ms");
        for (Starts s : List.of(plain, cds)) {
            String how = s == plain ? ", java -jar" : ", installed";
            report.compare("console first frame (median" + how + ")", median(s.frame), "bare JavaFX window", bare, "ms");
            report.compare("console with workspace on screen (median" + how + ")", median(s.ready), "bare JavaFX window", bare, "ms");
            report.compare("very first start: first screen shown (median of " + FIRST_STARTS + how + ")", median(s.firstShown),
                    "bare JavaFX window", bare, "ms");
            report.compare("very first start: demo data complete (median of " + FIRST_STARTS + how + ")", median(s.firstDone),
                    "bare JavaFX window", bare, "ms");
            report.note("very first starts" + how + ", first screen: " + java.util.Arrays.toString(java.util.Arrays.stream(s.firstShown)
                    .mapToLong(Math::round).toArray()) + " ms");
        }
    }

    /** The figures of one way of starting the console, with bare windows measured between its starts. */
    private record Starts(double[] bare, double[] frame, double[] ready, double[] firstShown, double[] firstDone) {
    }

    private interface Console {
        List<String> command(Path dataDir) throws IOException;
    }

    private static Starts starts(Console console) throws Exception {
        Starts s = new Starts(new double[RUNS], new double[RUNS], new double[RUNS], new double[FIRST_STARTS], new double[FIRST_STARTS]);
        Path dataDir = null;
        for (int i = 0; i < FIRST_STARTS; i++) {
            // A fresh data folder: create, migrate, seed the demo; the first screen, then the demo complete.
            // A bare window first, so each first start follows a short JVM as the warm starts do, not the last one's exit.
            measure(command("io.drillbook.bench.BareWindow$Main", System.getProperty("java.class.path")), "FIRST_FRAME");
            dataDir = Files.createTempDirectory("drillbook-bench");
            double[] first = measureUntil(console.command(dataDir), "READY", "DEMO_READY");
            s.firstShown[i] = first[0];
            s.firstDone[i] = first[1];
        }
        for (int i = 0; i < RUNS; i++) {
            s.bare[i] = measure(command("io.drillbook.bench.BareWindow$Main", System.getProperty("java.class.path")), "FIRST_FRAME");
            double[] times = measureBoth(console.command(dataDir));
            s.frame[i] = times[0];
            s.ready[i] = times[1];
        }
        return s;
    }

    private static List<String> consoleCommand(Path dataDir) {
        String jar = Path.of("target", "drillbook.jar").toAbsolutePath().toString();
        // Headless, Monocle (a test dependency, not in the jar) follows the jar on the class path.
        String monocle = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElse("");
        List<String> cmd = command("io.drillbook.app.Launcher",
                System.getenv("DISPLAY") == null && !monocle.isEmpty() ? jar + java.io.File.pathSeparator + monocle : jar);
        cmd.add(cmd.size() - 1, "-Ddrillbook.startupProbe=true");
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        return cmd;
    }

    private static List<String> command(String mainClass, String classPath) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        cmd.add(mainClass);
        return cmd;
    }

    private static double measure(List<String> cmd, String marker) throws IOException, InterruptedException {
        return measureUntil(cmd, marker)[0];
    }

    private static double[] measureBoth(List<String> cmd) throws IOException, InterruptedException {
        return measureUntil(cmd, "FIRST_FRAME", "READY", "DEMO_READY");
    }

    private static double[] measureUntil(List<String> cmd, String... markers) throws IOException, InterruptedException {
        double[] at = new double[markers.length];
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int next = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> wanted = List.of(markers);
            while (next < markers.length && (line = r.readLine()) != null) {
                int index = wanted.indexOf(line);
                if (index >= 0 && at[index] == 0) {
                    at[index] = (System.nanoTime() - start) / 1e6;
                    next++;
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (next < markers.length) {
            throw new IllegalStateException("not all of " + List.of(markers) + " from " + cmd.get(cmd.size() - 1) + " (exit " + p.exitValue() + ")");
        }
        return at;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
