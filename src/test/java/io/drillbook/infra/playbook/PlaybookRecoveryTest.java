package io.drillbook.infra.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRecovery;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.team.TeamAdapters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookRecoveryTest {
    @TempDir
    Path tmp;

    /** Stands for the JVM being killed: an Error nothing in the runner catches. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("process killed");
        }
    }

    @Test
    void runCutOffMidwayReopensAsInterruptedAndResumesWhereItStopped() throws IOException {
        Path once = tmp.resolve("once.log");
        Playbook playbook = PlaybookFixture.playbook(PlaybookFixture.run("Drain", "echo drained >> " + once),
                PlaybookFixture.run("Restore", "true"), PlaybookFixture.run("Verify", "true"));
        AtomicReference<String> runId = new AtomicReference<>();
        try (PlaybookFixture before = new PlaybookFixture(tmp)) {
            PlaybookListener dieInRestore = new PlaybookListener() {
                @Override
                public void stepChanged(String id, StepRecord step) {
                    runId.set(id);
                    if (step.name().equals("Restore") && step.state() == StepState.RUNNING) {
                        throw new ProcessKilled();
                    }
                }
            };
            PlaybookRun run = before.start(playbook, PlaybookGate.REFUSE, dieInRestore);
            assertThatThrownBy(() -> run.execute(CancellationToken.none())).isInstanceOf(ProcessKilled.class);
        }

        try (PlaybookFixture after = new PlaybookFixture(tmp)) {
            assertThat(after.recovery().markInterrupted()).containsExactly(runId.get());
            assertThat(after.journal.run(runId.get()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(after.journal.steps(runId.get())).extracting(s -> s.name() + " " + s.state())
                    .containsExactly("Drain PASSED", "Restore CANCELLED", "Verify PENDING");
            assertThat(after.activeRecoveryFreezes()).as("the incident is not over").hasSize(1);

            PlaybookRun reopened = after.runner().reopen(runId.get(), after.request(playbook, "alice"),
                    PlaybookGate.REFUSE, PlaybookListener.NONE);
            RunStatus status = reopened.execute(CancellationToken.none());

            assertThat(status).isEqualTo(RunStatus.COMPLETED);
            assertThat(reopened.steps()).extracting(StepRecord::state).containsOnly(StepState.PASSED);
            assertThat(Files.readAllLines(once)).hasSize(1);
            assertThat(after.activeRecoveryFreezes()).isEmpty();
            assertThat(after.events("playbook.interrupted")).singleElement()
                    .satisfies(e -> assertThat(e.subject()).isEqualTo(runId.get()));
            assertThat(after.evidence.verify().isIntact()).isTrue();
        }
    }

    @Test
    void finishedRunsAreLeftAloneAndCannotBeReopened() {
        try (PlaybookFixture fx = new PlaybookFixture(tmp)) {
            Playbook playbook = PlaybookFixture.playbook(PlaybookFixture.run("Only", "true"));
            PlaybookRun run = fx.start(playbook, PlaybookGate.REFUSE, PlaybookListener.NONE);
            run.execute(CancellationToken.none());

            assertThat(fx.recovery().markInterrupted()).isEmpty();
            assertThatThrownBy(() -> fx.runner().reopen(run.id(), fx.request(playbook, "alice"), PlaybookGate.REFUSE,
                    PlaybookListener.NONE)).hasMessageContaining("COMPLETED");
        }
    }

    @Test
    void runWhoseLockAnotherConsoleHoldsIsLeftAloneUntilTheLockIsFree() {
        try (PlaybookFixture fx = new PlaybookFixture(tmp);
             RunLock otherConsole = TeamAdapters.runLock(fx.db, fx.clock);
             RunLock thisConsole = TeamAdapters.runLock(fx.db, fx.clock)) {
            String shopProd = LockResources.playbookRun(new SystemEnv("shop", "prod"));
            otherConsole.tryAcquire(shopProd, "carol@ops-3").orElseThrow();
            PlaybookRun live = fx.start(PlaybookFixture.playbook(PlaybookFixture.run("Only", "true")),
                    PlaybookGate.REFUSE, PlaybookListener.NONE);
            PlaybookRecovery recovery = new PlaybookRecovery(fx.journal, fx.evidence, fx.clock, new RunLocks(thisConsole, ZoneOffset.UTC));

            assertThat(recovery.markInterrupted()).as("carol's run is live").isEmpty();
            assertThat(fx.journal.run(live.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);

            otherConsole.release(shopProd);
            assertThat(recovery.markInterrupted()).containsExactly(live.id());
            assertThat(fx.journal.run(live.id()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(thisConsole.holder(shopProd)).as("recovery gives the lock back").isEmpty();
        }
    }
}
