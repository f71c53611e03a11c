package io.drillbook.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark harness: {@code bin/bench [NAME ...]} runs the named benchmarks (all without
 * names) and prints each figure next to a baseline measured in the same run.
 */
public final class BenchMain {
    private BenchMain() {
    }

    static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>();
        // Register benchmarks here, one line each.
        all.add(new ColdStartBenchmark());
        all.add(new HeatMapFrameBenchmark());
        all.add(new ConflictsBenchmark());
        all.add(new TeamBenchmark());
        all.add(new ReportsBenchmark());
        all.add(new InventoryScaleBenchmark());
        all.add(new SshCommandsBenchmark());
        all.add(new S3ListBenchmark());
        all.add(new DrillRunnerBenchmark());
        all.add(new CalendarMonthBenchmark());
        all.add(new InventoryRefreshBenchmark());
        all.add(new DrillOverheadBenchmark());
        all.add(new PlaybookBenchmark());
        all.add(new VerifyBenchmark());
        all.add(new CrashBenchmark());
        all.add(new SharedGateBenchmark());
        all.add(new PipelineBenchmark());
        all.add(new OverviewBenchmark());
        return all;
    }

    public static void main(String[] args) throws Exception {
        List<String> wanted = List.of(args);
        BenchReport report = new BenchReport(System.out);
        int ran = 0;
        for (Benchmark b : all()) {
            if (wanted.isEmpty() || wanted.contains(b.name())) {
                System.out.println("== " + b.name() + ": " + b.description());
                long start = System.nanoTime();
                b.run(report);
                System.out.printf("  (%s took %.1f s)%n", b.name(), (System.nanoTime() - start) / 1e9);
                ran++;
            }
        }
        if (ran == 0) {
            System.err.println("no benchmark matched " + wanted + "; known: " + all().stream().map(Benchmark::name).toList());
            System.exit(2);
        }
        // Benchmarks may have started JavaFX, whose threads would keep the JVM alive.
        System.exit(0);
    }
}
