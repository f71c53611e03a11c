package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.testing.fakes.InMemoryApprovalInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints, approvals, verifications, step order and recovery of the playbook runner, on the
 * in-memory stores with the local shell.
 */
class PlaybookCheckpointsTest {
    @TempDir
    Path tmp;
    PlaybookRunFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlaybookRunFixture(tmp);
    }

    private static PlaybookStep run(String name, String command) {
        return new PlaybookStep(name, new StepAction.Run("local", command, 0, null, null));
    }

    private static PlaybookStep manual(String name, String... confirmers) {
        return new PlaybookStep(name, new StepAction.Manual("Point the app at the restored database", List.of(confirmers)));
    }

    private static PlaybookStep approval(String name, String... approvers) {
        return new PlaybookStep(name, new StepAction.Approval("Approve the restore", List.of(approvers)));
    }

    private static PlaybookGate answering(GateAnswer manual, GateAnswer approval) {
        return new PlaybookGate() {
            @Override
            public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual m, CancellationToken cancel) {
                return manual;
            }

            @Override
            public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval a, CancellationToken cancel) {
                return approval;
            }
        };
    }

    private List<String> states(PlaybookRun run) {
        return run.steps().stream().map(s -> s.name() + " " + s.state()).toList();
    }

    @Test
    void stepsRunInOrderAndEachChangeIsJournaledBeforeTheListenerHearsIt() {
        List<String> heard = new ArrayList<>();
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                StepState journaled = fx.journal.steps(runId).get(step.index()).state();
                heard.add(step.name() + " " + step.state() + (journaled == step.state() ? "" : " (journal: " + journaled + ")"));
            }
        };
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(run("Drain", "true"), run("Restore", "true"), run("Check", "true")),
                PlaybookGate.REFUSE, listener);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        assertThat(heard).containsSubsequence("Drain RUNNING", "Drain PASSED", "Restore RUNNING", "Restore PASSED",
                "Check RUNNING", "Check PASSED").noneMatch(h -> h.contains("journal:"));
    }

    @Test
    void aCheckpointNotDoneFailsTheRunAndLeavesLaterStepsPending() {
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(run("Drain", "true"), manual("Switch config"), run("Restore", "true")),
                answering(GateAnswer.no("bob", "config repo is locked"), null), PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);
        assertThat(states(run)).containsExactly("Drain PASSED", "Switch config FAILED", "Restore PENDING");
        assertThat(run.steps().get(1).message()).contains("not done: config repo is locked");
        assertThat(run.steps().get(1).actor()).isEqualTo("bob");
    }

    @Test
    void aCheckpointWithNamedConfirmersRefusesAnyoneElse() {
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(manual("Switch config", "dave")),
                answering(GateAnswer.yes("mallory"), null), PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);
        assertThat(run.steps().get(0).message()).contains("mallory may not confirm this step");
    }

    @Test
    void anApprovalFromSomeoneNotAmongTheApproversIsRefused() {
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(approval("DBA approval", "dave", "erin"), run("Restore", "true")),
                answering(null, GateAnswer.yes("bob")), PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);
        assertThat(run.steps().get(0).message()).contains("bob is not one of the approvers [dave, erin]");
        assertThat(fx.events("playbook.approval")).singleElement().satisfies(e -> assertThat(e.payload()).contains("\"granted\":false"));
    }

    @Test
    void anApprovalGivenFromAnotherConsoleLetsTheRunGoOn() {
        InMemoryApprovalInbox inbox = fx.stores.approvals;
        PlaybookGate gate = new StoredApprovalGate(PlaybookGate.REFUSE, inbox, fx.clock, Duration.ofMillis(5),
                (runId, step) -> inbox.give(runId, step.name(), GateAnswer.yes("dave"), fx.clock.instant()));
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(approval("DBA approval", "dave"), run("Restore", "true")),
                gate, PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps().get(0).actor()).isEqualTo("dave");
        assertThat(run.steps().get(0).message()).contains("approved by dave");
    }

    @Test
    void aVerificationPollsUntilTheCheckPasses() {
        Path count = tmp.resolve("count");
        String check = "n=$(cat " + count + " 2>/dev/null || echo 0); n=$((n+1)); echo $n > " + count
                + "; if [ $n -ge 3 ]; then echo ok; else echo starting; fi";
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(new PlaybookStep("Health",
                new StepAction.Verify("local", check, null, Duration.ofMillis(5), Duration.ofSeconds(20), "^ok"))),
                PlaybookGate.REFUSE, PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps().get(0).state()).isEqualTo(StepState.PASSED);
        assertThat(tmp.resolve("count")).hasContent("3");
    }

    @Test
    void aVerificationThatNeverPassesFailsWhenItsTimeIsUp() {
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(new PlaybookStep("Health",
                new StepAction.Verify("local", "echo starting", null, Duration.ofMillis(5), Duration.ofMillis(100), "^ok"))),
                PlaybookGate.REFUSE, PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);
        assertThat(run.steps().get(0).message()).contains("still failing after");
        assertThat(fx.activeRecoveryFreezes()).as("a failed run keeps its freeze").hasSize(1);
    }

    @Test
    void theFreezeStartsBeforeTheFirstStepRuns() {
        List<Integer> freezesWhenFirstStepRan = new ArrayList<>();
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                if (step.index() == 0 && step.state() == StepState.RUNNING) {
                    freezesWhenFirstStepRan.add(fx.activeRecoveryFreezes().size());
                }
            }
        };
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(run("Drain", "true")), PlaybookGate.REFUSE, listener);
        run.execute(CancellationToken.none());

        assertThat(freezesWhenFirstStepRan).containsExactly(1);
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
    }

    @Test
    void aRunCutOffMidStepReopensInterruptedWithItsFinishedStepsIntact() {
        Instant t0 = Instant.parse("2026-12-02T02:13:00Z");
        fx.journal.saveRun(new RunInfo("run-1", "rollback shop", new SystemEnv("shop", "prod"), "alice", RunStatus.RUNNING, 1,
                Map.of(), t0, null));
        fx.journal.saveStep("run-1", new StepRecord(0, "Drain", "run", StepState.PASSED, 1, "alice", "true", null, "", t0, t0.plusSeconds(2)));
        fx.journal.saveStep("run-1", new StepRecord(1, "Restore", "run", StepState.RUNNING, 1, "alice", "restore", null, "", t0, null));

        List<String> marked = new PlaybookRecovery(fx.journal, fx.evidence, fx.clock).markInterrupted();

        assertThat(marked).containsExactly("run-1");
        assertThat(fx.journal.run("run-1").orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(fx.journal.steps("run-1")).extracting(StepRecord::state).containsExactly(StepState.PASSED, StepState.CANCELLED);
        assertThat(fx.events("playbook.interrupted")).singleElement().satisfies(e -> assertThat(e.payload()).contains("Drain: PASSED"));
    }
}
