package io.drillbook.bench;

import io.drillbook.infra.db.crash.CrashCheck;
import io.drillbook.infra.db.crash.CrashHarness;
import io.drillbook.infra.db.crash.CrashKind;
import io.drillbook.infra.db.crash.CrashTarget;
import io.drillbook.infra.db.crash.CrashTrial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Issue 13's kill trials, long: {@code CRASH_KILLS} (default 50) child JVMs running {@code drill
 * run} and {@code playbook run} of five {@code sleep 1} steps, on the local target and (with
 * DRILLBOOK_TEST_SSHD_* set) over OpenSSH, each killed 0.1 to 5.5 s after its first step printed,
 * all on one embedded workspace; then the counts of what was printed and what the store kept.
 * Counts, not timings: the figure to read is "lost".
 */
public final class CrashBenchmark implements Benchmark {
    private static final long MAX_DELAY_MS = 5_500;

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public String description() {
        return "drill run / playbook run killed (SIGKILL) at random moments on one embedded workspace: committed events lost, finished steps missing, killed runs shown as passed, verify";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int kills = Integer.parseInt(System.getenv().getOrDefault("CRASH_KILLS", "50"));
        long seed = System.nanoTime();
        boolean ssh = CrashTarget.SSH.unavailableReason() == null;
        if (!ssh) {
            report.note("SSH trials skipped: " + CrashTarget.SSH.unavailableReason());
        }
        Path dir = Files.createTempDirectory("bench-crash");
        CrashHarness harness = new CrashHarness(dir, seed, MAX_DELAY_MS);
        if (ssh) {
            harness.prepareSsh();
        }
        List<CrashTarget> targets = ssh ? List.of(CrashTarget.LOCAL, CrashTarget.SSH) : List.of(CrashTarget.LOCAL);
        List<String[]> plan = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            plan.add(new String[]{i % 2 == 0 ? "DRILL" : "PLAYBOOK", targets.get((i / 2) % targets.size()).name()});
        }
        Collections.shuffle(plan, new Random(seed));
        long started = System.nanoTime();
        for (String[] p : plan) {
            CrashTrial t = harness.trial(CrashKind.valueOf(p[0]), CrashTarget.valueOf(p[1]));
            System.out.printf("    %-8s %-5s killed after %5d ms, %2d lines printed%s%n", t.kind(), t.target(),
                    t.killedAfterMillis(), t.printed().size(), t.killed() ? "" : " (had ended by itself)");
        }
        CrashCheck.Result result = harness.check();
        report.note("seed " + seed + ", " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        for (CrashTarget target : targets) {
            for (CrashKind kind : List.of(CrashKind.DRILL, CrashKind.PLAYBOOK)) {
                long n = harness.trials().stream().filter(t -> t.kind() == kind && t.target() == target).count();
                report.figure(kind + " runs on " + target + " killed", n, "runs");
            }
        }
        report.figure("committed events printed by the killed children", result.printedEvents(), "events");
        report.figure("of those, lost", result.lostEvents(), "events");
        report.figure("finished steps printed", result.finishedSteps(), "steps");
        report.figure("of those, missing", result.missingFinishedSteps(), "steps");
        report.figure("runs recorded", result.runsRecorded(), "runs");
        report.figure("killed runs shown as passed", result.runsShownPassed(), "runs");
        report.note(result.summary());
        result.problems().forEach(p -> report.note("PROBLEM: " + p));
    }
}
