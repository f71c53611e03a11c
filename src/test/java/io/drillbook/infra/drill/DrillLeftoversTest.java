package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.drill.Leftovers;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a drill leaves behind on purpose (a failed target kept for investigation) is listed until {@code drill cleanup}. */
class DrillLeftoversTest {
    private static final ManualStepGate NO_PERSON = ManualStepGate.refuse("nobody", Clock.systemUTC());

    @TempDir
    Path tmp;
    DrillFixture fx;
    DrillCleanup cleanup;

    @BeforeEach
    void setUp() throws IOException {
        fx = new DrillFixture(tmp);
        cleanup = fx.cleanup(name -> fx.shell);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void passedDrillCleansUpAndLeavesNothingListed() {
        DrillResult result = run(fx.restorePlan(List.of(), List.of()));

        assertThat(result.summary().result()).isEqualTo(RunResult.PASSED);
        assertThat(cleanup.pending()).isEmpty();
    }

    @Test
    void failedTargetKeptForInvestigationIsListedUntilCleanupRemovesIt() {
        DrillCheck wrong = DrillCheck.of("Row count", "echo 2", Expectation.equalTo("3"));
        DrillPlan plan = fx.restorePlan(List.of(), List.of(wrong)).keepingFailedTarget(Duration.ofDays(3));

        DrillResult result = run(plan);

        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
        assertThat(fx.restoreDir).exists();
        assertThat(result.step("Remove restore folder").orElseThrow().state()).isEqualTo(StepState.SKIPPED);
        assertThat(result.step("Remove restore folder").orElseThrow().message()).contains("kept for investigation until");
        Leftovers left = cleanup.pending().get(0);
        assertThat(left.runId()).isEqualTo(result.runId());
        assertThat(left.why()).startsWith("failed target kept for investigation until");
        assertThat(left.keptUntil()).isAfter(fx.clock.instant().plus(Duration.ofDays(2)));
        assertThat(left.cleanup().shownCommands()).containsExactly("rm -rf '" + fx.restoreDir + "'");

        assertThat(cleanup.cleanup(result.runId(), "alice", Map.of(), DrillListener.NONE)).isTrue();

        assertThat(fx.restoreDir).doesNotExist();
        assertThat(cleanup.pending()).isEmpty();
        assertThat(fx.journal.steps(result.runId())).filteredOn(s -> s.name().equals("Remove restore folder"))
                .singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(StepState.PASSED));
        assertThat(fx.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill.cleanup")))
                .singleElement().satisfies(e -> assertThat(e.payload()).contains("\"result\":\"cleaned\"", "Remove restore folder: PASSED"));
        assertThat(fx.evidence.verify().isIntact()).isTrue();
    }

    @Test
    void cleanupOfARunThatLeftNothingIsRefusedWithOneLine() {
        DrillResult result = run(fx.restorePlan(List.of(), List.of()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cleanup.cleanup(result.runId(), "alice", Map.of(), DrillListener.NONE))
                .hasMessageContaining("has nothing to clean up");
    }

    @Test
    void cleanupNeedsSecretParametersAgainBecauseTheyWereNeverStored() {
        DrillPlan base = fx.restorePlan(List.of(), List.of(DrillCheck.of("Fails", "echo 1", Expectation.equalTo("2"))));
        Map<String, String> params = new java.util.HashMap<>(base.parameters());
        params.put("apiToken", "s3cr3t-value");
        DrillPlan plan = new DrillPlan(base.name(), base.system(), base.environment(), base.target(), base.backup(), params,
                base.steps(), base.checks(), List.of(io.drillbook.core.drill.DrillStep.command("Remove restore folder",
                        "test ${param.apiToken} = s3cr3t-value && rm -rf ${param.restoreDir}")), false, null, Duration.ofDays(1));
        DrillResult result = run(plan);

        assertThat(fx.leftovers.plan(result.runId()).orElseThrow().variables().toString()).doesNotContain("s3cr3t-value");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cleanup.cleanup(result.runId(), "alice", Map.of(), DrillListener.NONE))
                .hasMessageContaining("[apiToken]").hasMessageContaining("--param");
        assertThat(cleanup.cleanup(result.runId(), "alice", Map.of("apiToken", "s3cr3t-value"), DrillListener.NONE)).isTrue();
        assertThat(fx.restoreDir).doesNotExist();
    }

    private DrillResult run(DrillPlan plan) {
        return fx.runner().run(fx.request(plan), fx.shell, NO_PERSON, DrillListener.NONE, CancellationToken.none());
    }
}
