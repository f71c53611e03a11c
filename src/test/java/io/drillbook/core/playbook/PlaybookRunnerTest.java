package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The playbook runner's rules on the in-memory stores, with the local shell as the only adapter
 * (moved from infra.playbook, same assertions).
 */
class PlaybookRunnerTest {
    @TempDir
    Path tmp;
    PlaybookRunFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlaybookRunFixture(tmp);
    }

    static PlaybookStep run(String name, String command) {
        return new PlaybookStep(name, new StepAction.Run("local", command, 0, null, null));
    }

    static PlaybookGate answering(GateAnswer manual, GateAnswer approval) {
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

    @Test
    void fullRunPassesEveryStepHoldsTheFreezeWhileActiveAndLiftsItAtTheEnd() throws IOException {
        Path marker = tmp.resolve("restored.txt");
        Playbook playbook = PlaybookRunFixture.playbook(
                run("Restore", "echo ok > " + marker),
                new PlaybookStep("Confirm", new StepAction.Manual("Look at the shop", List.of())),
                new PlaybookStep("DBA approval", new StepAction.Approval("Approve", List.of("dave"))),
                new PlaybookStep("Settle", new StepAction.Wait(Duration.ofMillis(10))),
                new PlaybookStep("Health", new StepAction.Verify("local", "cat " + marker, null, Duration.ofMillis(10),
                        Duration.ofSeconds(5), "^ok")));
        List<String> seen = new ArrayList<>();
        List<String> freezesDuringRun = new ArrayList<>();
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                long recorded = fx.events("playbook.step").stream()
                        .filter(e -> e.payload().contains("\"state\":\"" + step.state() + "\"") && e.payload().contains(step.name()))
                        .count();
                seen.add(step.name() + " " + step.state() + (recorded > 0 ? " recorded" : " NOT recorded"));
                fx.activeRecoveryFreezes().forEach(f -> freezesDuringRun.add(f.reason()));
            }
        };
        PlaybookRun run = fx.start(playbook, answering(GateAnswer.yes("bob"), GateAnswer.yes("dave")), listener);

        RunStatus status = run.execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps()).extracting(StepRecord::state).containsOnly(StepState.PASSED);
        assertThat(run.steps()).extracting(StepRecord::actor).containsExactly("alice", "bob", "dave", "alice", "alice");
        assertThat(seen).allMatch(s -> s.endsWith(" recorded")).contains("Health PASSED recorded");
        assertThat(freezesDuringRun).isNotEmpty()
                .allMatch(r -> r.equals("active recovery: playbook rollback shop run " + run.id()));
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
        assertThat(fx.events("playbook.freeze.lifted")).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("run completed"));
        assertThat(fx.journal.run(run.id()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fx.evidence.verify().isIntact()).isTrue();
    }

    @Test
    void failingStepIsRetriedThenTheRunGoesToTheRecoveryStep() {
        Path attempts = tmp.resolve("attempts.log");
        Playbook playbook = PlaybookRunFixture.playbook(
                new PlaybookStep("Check version", new StepAction.Run("local", "echo try >> " + attempts + "; exit 3", 0, null, null),
                        OnFailure.retry(2, Duration.ofMillis(20), FailureAction.GOTO, "Recover")),
                run("Switch traffic", "true"),
                run("Recover", "echo recovered"),
                run("After", "true"));
        PlaybookRun run = fx.start(playbook, PlaybookGate.REFUSE, PlaybookListener.NONE);

        RunStatus status = run.execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps()).extracting(s -> s.name() + " " + s.state()).containsExactly(
                "Check version FAILED", "Switch traffic SKIPPED", "Recover PASSED", "After PASSED");
        StepRecord failed = run.steps().get(0);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.output().exitStatus()).isEqualTo(3);
        assertThat(run.steps().get(1).message()).contains("went to 'Recover'");
        assertThat(lines(attempts)).hasSize(3);
        assertThat(fx.events("playbook.goto")).hasSize(1);
    }

    @Test
    void approvalByThePersonRunningThePlaybookIsRefused() {
        Playbook playbook = PlaybookRunFixture.playbook(run("Drain", "true"),
                new PlaybookStep("DBA approval", new StepAction.Approval("Approve the restore", List.of())),
                run("Restore", "true"));
        PlaybookRun run = fx.start(playbook, answering(null, GateAnswer.yes("Alice")), PlaybookListener.NONE);

        RunStatus status = run.execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.FAILED);
        StepRecord approval = run.steps().get(1);
        assertThat(approval.state()).isEqualTo(StepState.FAILED);
        assertThat(approval.message()).contains("Alice runs this playbook and cannot also approve it");
        assertThat(run.steps().get(2).state()).isEqualTo(StepState.PENDING);
        assertThat(fx.events("playbook.approval")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("Alice");
            assertThat(e.payload()).contains("\"granted\":false");
        });
        assertThat(fx.activeRecoveryFreezes()).as("a failed run keeps the incident freeze").hasSize(1);
    }

    @Test
    void abortWhileAnApprovalWaitsCancelsTheStepRatherThanFailingIt() throws Exception {
        Playbook playbook = PlaybookRunFixture.playbook(run("Drain", "true"),
                new PlaybookStep("DBA approval", new StepAction.Approval("Approve the restore", List.of())),
                run("Restore", "true"));
        CountDownLatch waiting = new CountDownLatch(1);
        PlaybookGate untilCancelled = new PlaybookGate() {
            @Override
            public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
                throw new AssertionError("no manual step here");
            }

            @Override
            public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
                java.util.concurrent.CompletableFuture<GateAnswer> answer = new java.util.concurrent.CompletableFuture<>();
                cancel.onCancel(() -> answer.complete(GateAnswer.no("nobody", "aborted while waiting")));
                waiting.countDown();
                return answer.join();
            }
        };
        PlaybookRun run = fx.start(playbook, untilCancelled, PlaybookListener.NONE);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<RunStatus> status = executor.submit(() -> run.execute(CancellationToken.none()));
            assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

            run.abort("alice", "console closed");

            assertThat(status.get(15, TimeUnit.SECONDS)).isEqualTo(RunStatus.ABORTED);
        } finally {
            executor.shutdownNow();
        }
        assertThat(run.steps()).extracting(s -> s.name() + " " + s.state())
                .containsExactly("Drain PASSED", "DBA approval CANCELLED", "Restore CANCELLED");
        assertThat(run.steps().get(1).message()).contains("aborted while this step waited");
        assertThat(fx.events("playbook.aborted")).singleElement().satisfies(e -> assertThat(e.payload()).contains("console closed"));
    }

    @Test
    void afterAFailureTheRunIsReRunFromAChosenStep() throws IOException {
        Path first = tmp.resolve("first.log");
        Path ready = tmp.resolve("ready");
        Playbook playbook = PlaybookRunFixture.playbook(run("Prepare", "echo once >> " + first),
                run("Needs ready", "test -f " + ready), run("Finish", "true"));
        PlaybookRun run = fx.start(playbook, PlaybookGate.REFUSE, PlaybookListener.NONE);
        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);

        Files.writeString(ready, "yes");
        run.rerunFrom("Needs ready", "alice");
        RunStatus status = run.execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(lines(first)).hasSize(1);
        assertThat(run.steps()).extracting(StepRecord::state).containsOnly(StepState.PASSED);
        assertThat(fx.events("playbook.rerun")).singleElement().satisfies(e -> assertThat(e.payload()).contains("Needs ready"));
    }

    @Test
    void pausedRunSkipsAStepWithAReasonAndCompletesOnResume() {
        Playbook playbook = PlaybookRunFixture.playbook(run("One", "true"), run("Two", "false"), run("Three", "true"));
        PlaybookRun[] holder = new PlaybookRun[1];
        PlaybookListener pauseAfterOne = new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                if (step.name().equals("One") && step.state() == StepState.PASSED) {
                    holder[0].pause("alice");
                }
            }
        };
        holder[0] = fx.start(playbook, PlaybookGate.REFUSE, pauseAfterOne);
        assertThat(holder[0].execute(CancellationToken.none())).isEqualTo(RunStatus.PAUSED);

        assertThatThrownBy(() -> holder[0].skip("Two", "alice", " ")).hasMessageContaining("needs a reason");
        holder[0].skip("Two", "bob", "the old version is already gone");
        RunStatus status = holder[0].execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        StepRecord two = holder[0].steps().get(1);
        assertThat(two.state()).isEqualTo(StepState.SKIPPED);
        assertThat(two.actor()).isEqualTo("bob");
        assertThat(two.message()).contains("the old version is already gone");
        assertThat(fx.events("playbook.skip")).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("bob"));
    }

    @Test
    void abortFromAnotherThreadCancelsTheRunningCommandAndLiftsTheFreeze() throws Exception {
        Playbook playbook = PlaybookRunFixture.playbook(run("Long", "sleep 30"), run("Never", "true"));
        CountDownLatch longRunning = new CountDownLatch(1);
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                if (step.name().equals("Long") && step.state() == StepState.RUNNING) {
                    longRunning.countDown();
                }
            }
        };
        PlaybookRun run = fx.start(playbook, PlaybookGate.REFUSE, listener);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<RunStatus> status = executor.submit(() -> run.execute(CancellationToken.none()));
            assertThat(longRunning.await(10, TimeUnit.SECONDS)).isTrue();

            run.abort("carol", "wrong playbook");

            assertThat(run.awaitIdle(Duration.ofSeconds(15))).as("the execution stopped").isTrue();
            assertThat(run.status()).isEqualTo(RunStatus.ABORTED);
            assertThat(status.get(15, TimeUnit.SECONDS)).isEqualTo(RunStatus.ABORTED);
        } finally {
            executor.shutdownNow();
        }
        assertThat(run.steps()).extracting(StepRecord::state).containsExactly(StepState.CANCELLED, StepState.CANCELLED);
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
        assertThat(fx.events("playbook.aborted")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("carol");
            assertThat(e.payload()).contains("wrong playbook");
        });
    }

    @Test
    void freezeOfAFailedRunIsLiftedByARecordedDecision() {
        PlaybookRun run = fx.start(PlaybookRunFixture.playbook(run("Broken", "false")), PlaybookGate.REFUSE, PlaybookListener.NONE);
        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.FAILED);
        Freeze freeze = fx.activeRecoveryFreezes().get(0);
        assertThat(freeze.name()).isEqualTo("Active recovery: rollback shop run " + run.id());
        assertThat(freeze.environments()).containsExactly("prod");
        assertThat(freeze.appliesTo("staging")).isFalse();

        assertThatThrownBy(() -> fx.freeze.lift("rollback shop", run.id(), "carol", "")).hasMessageContaining("reason");
        boolean lifted = fx.freeze.lift("rollback shop", run.id(), "carol", "rolled forward instead");

        assertThat(lifted).isTrue();
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
        EvidenceEvent event = fx.events("playbook.freeze.lifted").get(0);
        assertThat(event.actor()).isEqualTo("carol");
        assertThat(event.payload()).contains("rolled forward instead");
    }

    @Test
    void runIsJournaledWithMaskedSecretParameters() {
        Playbook playbook = new Playbook("rollback shop", "", "shop", "prod",
                List.of(PlaybookParameter.string("db_password", true)),
                List.of(run("Use it", "test -n ${param.db_password}")));
        PlaybookRun run = fx.runner().start(new PlaybookRequest(playbook,
                Map.of("db_password", "s3cret"), "alice", tmp.resolve("out")), PlaybookGate.REFUSE, PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        RunInfo info = fx.journal.run(run.id()).orElseThrow();
        assertThat(info.parameters()).containsEntry("db_password", "***");
        assertThat(run.steps().get(0).command()).doesNotContain("s3cret");
        assertThat(fx.events("playbook")).noneMatch(e -> e.payload().contains("s3cret"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
