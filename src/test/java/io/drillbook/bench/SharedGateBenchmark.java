package io.drillbook.bench;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.Launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What sharing an embedded workspace costs a pipeline: {@code drillbook gate} as a fresh JVM, wall
 * clock, while this JVM holds the workspace open through {@link AppContext} as the console does
 * (the gate then reaches the file through H2's AUTO_SERVER socket), against the same command with
 * nobody else on the workspace (it opens the file itself). Alone, shared, alone, so a change in the
 * machine's load weighs on both.
 */
public final class SharedGateBenchmark implements Benchmark {
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "gate-shared";
    }

    @Override
    public String description() {
        return "`gate` in a fresh JVM while the console (AppContext) holds the embedded workspace, vs with the workspace to itself";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path data = Files.createTempDirectory("bench-gate-shared");
        try (AppContext seed = new AppContext(AppConfig.of(data.toString(), null), Clock.systemUTC())) {
            seed.seedDemoIfEmpty();
        }
        gate(data); // warm the file cache and the JIT-less start once
        List<Double> alone = new ArrayList<>(times(data));
        List<Double> shared;
        try (AppContext console = new AppContext(AppConfig.of(data.toString(), null), Clock.systemUTC())) {
            shared = times(data);
        }
        alone.addAll(times(data));
        report.compare("gate wall clock, console holding the workspace (median of " + RUNS + ")", median(shared),
                "workspace to itself, median of " + alone.size(), median(alone), "ms");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> times(Path data) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            out.add(gate(data));
        }
        return out;
    }

    private static double gate(Path data) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", data.toString(),
                "gate", "--system", "payments", "--env", "prod")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() == 2) {
            throw new IllegalStateException("gate failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
