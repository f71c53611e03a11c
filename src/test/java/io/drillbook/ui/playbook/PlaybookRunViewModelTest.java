package io.drillbook.ui.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.team.LockResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A started run's view-model without a window: wait steps only, run on the calling thread. */
class PlaybookRunViewModelTest {
    private static final String LOCK = LockResources.playbookRun(new SystemEnv("shop", "prod"));

    @TempDir
    Path dir;
    PlaybookScreenFixture fx;
    PlaybookRunViewModel run;

    @BeforeEach
    void setUp() {
        fx = new PlaybookScreenFixture(dir);
        fx.store(new PlaybookStep("Settle", new StepAction.Wait(Duration.ofMillis(5))),
                new PlaybookStep("Settle again", new StepAction.Wait(Duration.ofMillis(5))));
        PlaybooksViewModel screen = new PlaybooksViewModel(fx.services);
        screen.select("rollback shop");
        screen.start(screen.selected.get(), Map.of(), "prod");
        run = screen.activeRun.get();
    }

    @Test
    void aStartedRunShowsItsPendingStepsAndHoldsTheLock() {
        assertThat(run.inProgress()).isTrue();
        assertThat(run.runStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.steps).hasSize(2);
        assertThat(fx.lockTable.console().holder(LOCK)).isPresent();
    }

    @Test
    void runningToTheEndReleasesTheLockAndLiftsTheFreeze() {
        run.execute();

        assertThat(run.runStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.ended.get()).isTrue();
        assertThat(run.executing.get()).isFalse();
        assertThat(fx.stores.playbookJournal.steps(run.runId())).extracting(s -> s.state()).containsOnly(StepState.PASSED);
        assertThat(fx.lockTable.console().holder(LOCK)).isEmpty();
        assertThat(fx.stores.workspace.freezes()).filteredOn(Freeze::activeRecovery).isEmpty();
        assertThat(fx.freezeChanges.get()).as("once at the start, once at the end").isEqualTo(2);
    }

    @Test
    void skippingNeedsAReasonAndAbortingEndsTheRun() {
        run.skip("Settle", " ");
        assertThat(run.message.get()).isEqualTo("Skipping 'Settle' needs a reason.");

        run.abort("wrong playbook");

        assertThat(run.runStatus()).isEqualTo(RunStatus.ABORTED);
        assertThat(run.ended.get()).isTrue();
        assertThat(fx.lockTable.console().holder(LOCK)).isEmpty();
    }

    @Test
    void answeringWithoutAQuestionWaitingChangesNothing() {
        run.answer("bob", true);
        assertThat(run.message.get()).isEmpty();
        assertThat(run.runStatus()).isEqualTo(RunStatus.RUNNING);
    }
}
