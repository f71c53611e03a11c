package io.drillbook.infra.db.crash;

import io.drillbook.app.Launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Kills Drillbook child JVMs at random moments on one embedded workspace, then checks the store
 * with {@link CrashCheck}: what a child printed was committed, so it must all be there.
 */
public final class CrashHarness {
    private static final long START_TIMEOUT_MS = 120_000;

    private final Path dir;
    private final Path dataDir;
    private final Random random;
    private final long maxDelayMillis;
    private final List<CrashTrial> trials = new ArrayList<>();

    /**
     * @param maxDelayMillis the kill comes 100 ms to this long after the child's first step (or
     *                       first commit) printed
     */
    public CrashHarness(Path dir, long seed, long maxDelayMillis) throws IOException {
        this.dir = dir;
        this.dataDir = Files.createDirectories(dir.resolve("data"));
        this.random = new Random(seed);
        this.maxDelayMillis = maxDelayMillis;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Makes the SSH target usable (profile and host key in the workspace); call once before SSH trials. */
    public void prepareSsh() throws IOException {
        CrashFixture.sshProfile(dataDir);
    }

    /** Starts one child, waits for its first step (or commit) to print, kills it at a random moment after. */
    public CrashTrial trial(CrashKind kind, CrashTarget target) throws Exception {
        try (ChildJvm child = start(kind, target)) {
            if (!child.awaitLine(firstProgress(kind), START_TIMEOUT_MS)) {
                throw new IllegalStateException(kind + " on " + target + " printed no first step; it printed " + child.lines());
            }
            long delay = 100 + (long) (random.nextDouble() * Math.max(1, maxDelayMillis - 100));
            Thread.sleep(delay); // the random kill moment itself, not a wait for anything
            boolean killed = child.kill();
            CrashTrial trial = new CrashTrial(kind, target, child.lines(), delay, killed);
            trials.add(trial);
            return trial;
        }
    }

    private ChildJvm start(CrashKind kind, CrashTarget target) throws IOException {
        String data = dataDir.toString();
        return switch (kind) {
            case DRILL -> ChildJvm.start(Launcher.class, "--data-dir", data, "drill", "run",
                    CrashFixture.drillPlan(dir, target).toString());
            case PLAYBOOK -> ChildJvm.start(Launcher.class, "--data-dir", data, "playbook", "run",
                    CrashFixture.playbook(dir, target).toString());
            case APPENDS -> ChildJvm.start(EvidenceCommitterMain.class, data);
        };
    }

    private static Predicate<String> firstProgress(CrashKind kind) {
        return switch (kind) {
            case DRILL, PLAYBOOK -> line -> line.contains(" RUNNING");
            case APPENDS -> line -> line.startsWith(EvidenceCommitterMain.COMMITTED);
        };
    }

    /** Lets a last Drillbook start find the runs the kills cut off (as the next start would), then checks the store. */
    public CrashCheck.Result check() throws Exception {
        try (ChildJvm verify = ChildJvm.start(Launcher.class, "--data-dir", dataDir.toString(), "verify")) {
            int status = verify.waitForExit(180);
            if (status != 0) {
                throw new IllegalStateException("verify after the kills exited " + status + ": " + verify.lines());
            }
        }
        return CrashCheck.of(dataDir, trials);
    }

    public List<CrashTrial> trials() {
        return List.copyOf(trials);
    }
}
