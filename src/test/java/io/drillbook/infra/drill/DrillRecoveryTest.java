package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillRecovery;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.team.TeamAdapters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillRecoveryTest {

    @TempDir
    Path tmp;

    /** Stands for the JVM being killed: an Error nothing in the runner catches, so nothing after it runs. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("process killed");
        }
    }

    @Test
    void runCutOffMidwayReopensAsInterruptedWithFinishedStepsIntact() throws IOException {
        AtomicReference<String> runId = new AtomicReference<>();
        try (DrillFixture before = new DrillFixture(tmp)) {
            DrillPlan plan = before.restorePlan(List.of(DrillStep.command("Load data", "true")), List.of());
            DrillListener dieOnThirdStep = new DrillListener() {
                @Override
                public void stepChanged(String id, StepOutcome step) {
                    runId.set(id);
                    if (step.name().equals("Load data") && step.state() == StepState.RUNNING) {
                        throw new ProcessKilled();
                    }
                }
            };
            assertThatThrownBy(() -> before.runner().run(before.request(plan), before.shell,
                    ManualStepGate.refuse("nobody", Clock.systemUTC()), dieOnThirdStep, CancellationToken.none()))
                    .isInstanceOf(ProcessKilled.class);
            assertThat(before.runs.of(DrillFixture.SHOP_PROD)).singleElement()
                    .satisfies(s -> assertThat(s.result()).isEqualTo(RunResult.RUNNING));
        }

        try (DrillFixture after = new DrillFixture(tmp)) {
            List<String> marked = after.recovery().markInterrupted();

            assertThat(marked).containsExactly(runId.get());
            DrillSummary summary = after.runs.of(DrillFixture.SHOP_PROD).get(0);
            assertThat(summary.result()).isEqualTo(RunResult.INTERRUPTED);
            assertThat(summary.passed()).isFalse();
            assertThat(summary.finishedAt()).isNotNull();
            List<StepOutcome> steps = after.journal.steps(runId.get());
            assertThat(steps).extracting(s -> s.name() + " " + s.state()).containsExactly(
                    "Create restore folder PASSED", "Restore file PASSED", "Load data CANCELLED",
                    "Checksum matches backup SKIPPED", "Remove restore folder SKIPPED");
            assertThat(steps.get(1).output().exitStatus()).isZero();
            assertThat(steps.get(1).command()).contains("cp ");
            assertThat(steps.get(2).message()).contains("interrupted");
            assertThat(after.backups.byExternalId(DrillFixture.SHOP_PROD, "snap-1").orElseThrow().verified()).isFalse();
            assertThat(after.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill.interrupted")))
                    .singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(runId.get()));
            assertThat(after.evidence.verify().isIntact()).isTrue();
        }
    }

    @Test
    void finishedRunsAreLeftAloneAndASecondStartFindsNothing() throws IOException {
        try (DrillFixture fx = new DrillFixture(tmp)) {
            fx.runner().run(fx.request(fx.restorePlan(List.of(), List.of())), fx.shell,
                    ManualStepGate.refuse("nobody", Clock.systemUTC()), DrillListener.NONE, CancellationToken.none());

            assertThat(fx.recovery().markInterrupted()).isEmpty();
            assertThat(fx.runs.of(DrillFixture.SHOP_PROD)).singleElement()
                    .satisfies(s -> assertThat(s.result()).isEqualTo(RunResult.PASSED));
        }
    }

    @Test
    void runWhoseTargetAnotherConsoleHoldsIsLeftAloneUntilTheLockIsFree() throws Exception {
        try (DrillFixture fx = new DrillFixture(tmp);
             RunLock otherConsole = TeamAdapters.runLock(fx.db, fx.clock);
             RunLock thisConsole = TeamAdapters.runLock(fx.db, fx.clock)) {
            String target = LockResources.drillTarget("local");
            otherConsole.tryAcquire(target, "carol@ops-3").orElseThrow();
            AtomicReference<String> runId = new AtomicReference<>();
            DrillListener stopsMidway = new DrillListener() {
                @Override
                public void stepChanged(String id, StepOutcome step) {
                    runId.set(id);
                    if (step.state() == StepState.RUNNING) {
                        throw new ProcessKilled();
                    }
                }
            };
            assertThatThrownBy(() -> fx.runner().run(fx.request(fx.restorePlan(List.of(), List.of())), fx.shell,
                    ManualStepGate.refuse("nobody", Clock.systemUTC()), stopsMidway, CancellationToken.none()))
                    .isInstanceOf(ProcessKilled.class);
            DrillRecovery recovery = new DrillRecovery(fx.journal, fx.runs, fx.evidence, fx.clock,
                    new RunLocks(thisConsole, ZoneOffset.UTC));

            assertThat(recovery.markInterrupted()).as("carol's console holds the run's target: the run is live").isEmpty();
            assertThat(fx.runs.of(DrillFixture.SHOP_PROD)).singleElement()
                    .satisfies(r -> assertThat(r.result()).isEqualTo(RunResult.RUNNING));

            otherConsole.release(target);
            assertThat(recovery.markInterrupted()).containsExactly(runId.get());
            assertThat(fx.runs.of(DrillFixture.SHOP_PROD)).singleElement()
                    .satisfies(r -> assertThat(r.result()).isEqualTo(RunResult.INTERRUPTED));
            assertThat(thisConsole.holder(target)).as("recovery gives the lock back").isEmpty();
        }
    }
}
