package io.drillbook.infra.db.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's kill -9 trials, short: child JVMs running {@code drill run}, {@code playbook run} or
 * bare evidence appends on one embedded workspace are killed at random moments after their first
 * step printed; whatever they printed was committed and must be in the store after the next start,
 * no killed run may count as passed, and the chain must verify. Before the embedded store appended
 * its chunks ({@code REUSE_SPACE=FALSE}) most killed runs here left nothing at all. The long
 * version is {@code bin/bench crash}.
 */
class KilledRunsTest {
    private static final long MAX_DELAY_MS = 2_500;

    @Test
    void runsAndAppendsKilledAtRandomMomentsLoseNothingTheyPrinted(@TempDir Path dir) throws Exception {
        CrashHarness harness = new CrashHarness(dir, System.nanoTime(), MAX_DELAY_MS);
        for (CrashKind kind : new CrashKind[]{CrashKind.APPENDS, CrashKind.DRILL, CrashKind.PLAYBOOK,
                CrashKind.DRILL, CrashKind.APPENDS, CrashKind.PLAYBOOK}) {
            harness.trial(kind, CrashTarget.LOCAL);
        }

        CrashCheck.Result result = harness.check();

        assertThat(result.problems()).as(result.summary()).isEmpty();
        assertThat(result.killed()).as("children killed mid-run").isPositive();
        assertThat(result.printedEvents()).as("commits printed by the children").isGreaterThan(6);
        assertThat(result.lostEvents()).as(result.summary()).isZero();
        assertThat(result.runsShownPassed()).isZero();
        assertThat(result.verifyOk()).as(result.verifyMessage()).isTrue();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DRILLBOOK_TEST_SSHD_PORT", matches = "\\d+",
            disabledReason = "DRILLBOOK_TEST_SSHD_PORT is not set: eval \"$(.ci/start-sshd.sh)\" to kill runs over OpenSSH too")
    void runsOverOpenSshKilledAtRandomMomentsLoseNothingTheyPrinted(@TempDir Path dir) throws Exception {
        CrashHarness harness = new CrashHarness(dir, System.nanoTime(), MAX_DELAY_MS);
        harness.prepareSsh();
        harness.trial(CrashKind.DRILL, CrashTarget.SSH);
        harness.trial(CrashKind.PLAYBOOK, CrashTarget.SSH);

        CrashCheck.Result result = harness.check();

        assertThat(result.problems()).as(result.summary()).isEmpty();
        assertThat(result.runsRecorded()).isEqualTo(2);
        assertThat(result.lostEvents()).isZero();
        assertThat(result.verifyOk()).as(result.verifyMessage()).isTrue();
    }
}
