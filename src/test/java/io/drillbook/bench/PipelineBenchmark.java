package io.drillbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What a deploy pipeline pays: {@code backup run} then {@code gate}, each a fresh JVM as a CI job
 * starts it, against the backup command run by {@code sh} alone plus a bare JVM start; and the
 * size of {@code metrics} for the demo workspace.
 */
public final class PipelineBenchmark implements Benchmark {
    private static final int RUNS = 5;
    private static final String DUMP = "dd if=/dev/zero bs=1M count=16 status=none | gzip -1 > ";

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String description() {
        return "backup run + gate as fresh JVMs vs the dump by sh + a bare JVM (median of " + RUNS + "); metrics size for the demo";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-bench-pipeline");
        Path data = dir.resolve("data");
        Path ws = Files.writeString(dir.resolve("ws.yaml"), """
                systems:
                  - name: shop
                    owner: alice
                    tier: 1
                    environments:
                      prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                pipelines:
                  preReleaseBackups:
                    - system: shop
                      environment: prod
                      command: %s%s/${backup.id}.gz
                      result:
                        file: %s/${backup.id}.gz
                """.formatted(DUMP, dir, dir));
        drillbook(data, "import", "workspace", ws.toString());
        Callable<Object> backupRun = () -> drillbook(data, "backup", "run", "--system", "shop", "--env", "prod", "--release", "REL-1");
        Callable<Object> gate = () -> drillbook(data, "gate", "--system", "shop", "--env", "prod", "--format", "junit");
        Callable<Object> both = () -> {
            backupRun.call();
            return gate.call();
        };
        Callable<Object> baseline = () -> {
            exec(List.of("sh", "-c", DUMP + dir.resolve("baseline.gz")));
            return exec(List.of(java(), "-cp", System.getProperty("java.class.path"), "io.drillbook.bench.PipelineBenchmark$Nothing"));
        };
        double[] medians = Timing.interleavedMedianMillis(1, RUNS, List.of(backupRun, gate, both, baseline));
        report.compare("backup run (fresh JVM, 16 MiB gzip dump)", medians[0], "dump by sh + bare JVM", medians[3], "ms");
        report.compare("gate --format junit (fresh JVM)", medians[1], "dump by sh + bare JVM", medians[3], "ms");
        report.compare("backup run + gate, as a pipeline stage", medians[2], "dump by sh + bare JVM", medians[3], "ms");

        Path demo = dir.resolve("demo");
        Path prom = dir.resolve("drillbook.prom");
        drillbook(demo, "metrics", "--out", prom.toString());
        long lines = Files.readAllLines(prom).stream().filter(l -> !l.startsWith("#")).count();
        report.figure("metrics for the demo workspace: size", Files.size(prom) / 1024.0, "KiB");
        report.figure("metrics for the demo workspace: samples", lines, "samples");
        report.figure("metrics --out for the demo workspace (fresh JVM)", Timing.medianMillis(0, 3,
                () -> drillbook(demo, "metrics", "--out", prom.toString())), "ms");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int drillbook(Path data, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), "io.drillbook.app.Launcher",
                "--data-dir", data.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    private static int exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        if (status > 1) {
            throw new IllegalStateException(cmd + " exited " + status);
        }
        return status;
    }

    /** The baseline JVM: starts and ends. */
    public static final class Nothing {
        public static void main(String[] args) {
            // a JVM start with the same class path, nothing else
        }
    }
}
