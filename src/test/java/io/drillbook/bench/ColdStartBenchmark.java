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
 * bare JavaFX window measured in the same run, each in a fresh JVM. Uses the real display when there
 * is one, headless Monocle otherwise.
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
                + "each against a bare JavaFX window (medians of fresh JVMs)";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        double[] firstShown = new double[FIRST_STARTS];
        double[] firstDone = new double[FIRST_STARTS];
        Path dataDir = null;
        for (int i = 0; i < FIRST_STARTS; i++) {
            // A fresh data folder: create, migrate, seed the demo; the first screen, then the demo complete.
            dataDir = Files.createTempDirectory("drillbook-bench");
            double[] first = measureUntil(consoleCommand(dataDir), "READY", "DEMO_READY");
            firstShown[i] = first[0];
            firstDone[i] = first[1];
        }
        double[] bare = new double[RUNS];
        double[] frame = new double[RUNS];
        double[] ready = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            bare[i] = measure(command("io.drillbook.bench.BareWindow$Main"), "FIRST_FRAME");
            double[] console = measureBoth(consoleCommand(dataDir));
            frame[i] = console[0];
            ready[i] = console[1];
        }
        report.note(System.getenv("DISPLAY") == null ? "headless Monocle, software rendering" : "display " + System.getenv("DISPLAY"));
        report.figure("bare JavaFX window first frame (median, the baseline)", median(bare), "ms");
        report.compare("console first frame (median)", median(frame), "bare JavaFX window", median(bare), "ms");
        report.compare("console with workspace on screen (median)", median(ready), "bare JavaFX window", median(bare), "ms");
        report.compare("very first start: first screen shown (median of " + FIRST_STARTS + ")", median(firstShown),
                "bare JavaFX window", median(bare), "ms");
        report.compare("very first start: demo data complete (median of " + FIRST_STARTS + ")", median(firstDone),
                "bare JavaFX window", median(bare), "ms");
    }

    private static List<String> consoleCommand(Path dataDir) {
        List<String> cmd = command("io.drillbook.app.Launcher");
        cmd.add(cmd.size() - 1, "-Ddrillbook.startupProbe=true");
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        return cmd;
    }

    private static List<String> command(String mainClass) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
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
