package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One playbook run. {@link #execute} runs steps on the caller's thread until the run completes,
 * fails, pauses or is aborted; pause, skip and abort may come from another thread and take effect
 * between steps (abort also cancels the step that runs). After a failure or a pause the caller
 * may skip steps or {@link #rerunFrom} a chosen step, then call {@link #execute} again.
 */
public final class PlaybookRun {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRun.class);
    private static final int MAX_JUMPS = 25;

    private final Playbook playbook;
    private final RunContextFactory contexts;
    private final RunRecorder recorder;
    private final IncidentFreeze freeze;
    private final Clock clock;
    private final List<StepRecord> steps;
    private final StepRunner stepRunner;
    private RunInfo info;
    private boolean executing;
    private int jumps;
    private boolean pauseRequested;
    private String abortReason;
    private String abortedBy;
    private CancellationToken current = CancellationToken.none();

    PlaybookRun(Playbook playbook, RunInfo info, List<StepRecord> steps, RunContextFactory contexts,
                RunRecorder recorder, IncidentFreeze freeze, Clock clock) {
        this.playbook = playbook;
        this.info = info;
        this.steps = new ArrayList<>(steps);
        this.contexts = contexts;
        this.recorder = recorder;
        this.freeze = freeze;
        this.clock = clock;
        this.stepRunner = new StepRunner(recorder, clock);
    }

    public String id() {
        return info.runId();
    }

    public Playbook playbook() {
        return playbook;
    }

    public synchronized RunInfo info() {
        return info;
    }

    public synchronized RunStatus status() {
        return info.status();
    }

    public synchronized List<StepRecord> steps() {
        return List.copyOf(steps);
    }

    /** Runs from the current position; returns the status it stopped in. */
    public RunStatus execute(CancellationToken cancel) {
        CancellationToken token = beginExecution(cancel);
        try (JobContext ctx = contexts.open(info.runId(), info.operator(), recorder.listener())) {
            while (true) {
                RunStatus stop = stopBeforeNextStep(cancel);
                if (stop != null) {
                    return stop;
                }
                int at = position();
                StepRecord done = stepRunner.run(info(), steps, at, playbook.steps().get(at), ctx, token);
                afterStep(at, done);
            }
        } finally {
            synchronized (this) {
                executing = false;
                notifyAll();
            }
        }
    }

    /**
     * Waits until no {@link #execute} is under way (e.g. an abort from another thread has been
     * recorded), at most {@code limit}. Returns true when none is.
     */
    public synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (executing) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized CancellationToken beginExecution(CancellationToken cancel) {
        if (executing) {
            throw new IllegalStateException("run " + id() + " is already executing");
        }
        if (info.status().isEnded()) {
            throw new IllegalStateException("run " + id() + " has ended (" + info.status() + ")");
        }
        executing = true;
        current = new CancellationToken();
        cancel.onCancel(current::cancel);
        if (info.status() != RunStatus.RUNNING) {
            String kind = info.status() == RunStatus.PAUSED ? "playbook.resumed" : "playbook.continued";
            info = recorder.run(info.with(RunStatus.RUNNING, info.position(), null), kind, info.operator(),
                    RunRecorder.details("from", playbook.steps().get(Math.min(info.position(), steps.size() - 1)).name()));
            freeze.active(playbook.name(), id()).ifPresentOrElse(f -> { },
                    () -> freeze.begin(playbook.name(), playbook.environment(), id(), info.operator()));
        }
        return current;
    }

    /** Null to go on; else the status the run stopped in. */
    private synchronized RunStatus stopBeforeNextStep(CancellationToken cancel) {
        if (cancel.isCancelled() && abortReason == null) {
            abortReason = "cancelled";
            abortedBy = info.operator();
        }
        if (abortReason != null) {
            return finishAborted();
        }
        if (info.status() == RunStatus.FAILED) {
            return RunStatus.FAILED;
        }
        skipPreSkipped();
        if (info.position() >= steps.size()) {
            return finishCompleted();
        }
        if (pauseRequested) {
            pauseRequested = false;
            info = recorder.run(info.with(RunStatus.PAUSED, info.position(), null), "playbook.paused", info.operator(),
                    RunRecorder.details("before", steps.get(info.position()).name()));
            return RunStatus.PAUSED;
        }
        return null;
    }

    private void skipPreSkipped() {
        int at = info.position();
        while (at < steps.size() && steps.get(at).state() == StepState.SKIPPED) {
            at++;
        }
        if (at != info.position()) {
            info = info.with(info.status(), at, null);
        }
    }

    private synchronized int position() {
        return info.position();
    }

    private synchronized void afterStep(int at, StepRecord done) {
        if (done.state() == StepState.PASSED) {
            info = recorder.run(info.with(RunStatus.RUNNING, at + 1, null), "playbook.progress", info.operator(),
                    RunRecorder.details("passed", done.name()));
            return;
        }
        if (done.state() == StepState.CANCELLED) {
            if (abortReason == null) {
                abortReason = "step '" + done.name() + "' was cancelled";
                abortedBy = info.operator();
            }
            return;
        }
        onFailure(at, done, playbook.steps().get(at).onFailure());
    }

    private void onFailure(int at, StepRecord failed, OnFailure rule) {
        switch (rule.then()) {
            case CONTINUE -> info = recorder.run(info.with(RunStatus.RUNNING, at + 1, null), "playbook.progress",
                    info.operator(), RunRecorder.details("failedAndContinued", failed.name()));
            case GOTO -> jump(at, failed, rule.gotoStep());
            default -> info = recorder.run(info.with(RunStatus.FAILED, at, null), "playbook.failed", info.operator(),
                    RunRecorder.details("step", failed.name(), "message", failed.message()));
        }
    }

    private void jump(int at, StepRecord failed, String target) {
        int to = playbook.indexOf(target).orElseThrow();
        if (++jumps > MAX_JUMPS) {
            info = recorder.run(info.with(RunStatus.FAILED, at, null), "playbook.failed", info.operator(),
                    RunRecorder.details("step", failed.name(), "message", "too many jumps; stopped to avoid a loop"));
            return;
        }
        String why = "skipped: step '" + failed.name() + "' failed and the run went to '" + target + "'";
        for (int i = at + 1; i < to; i++) {
            if (!steps.get(i).state().isFinished()) {
                steps.set(i, recorder.step(info, steps.get(i).moved(StepState.SKIPPED, info.operator(), why, clock.instant())));
            }
        }
        for (int i = to; i <= at; i++) {
            steps.set(i, recorder.step(info, steps.get(i).reset()));
        }
        info = recorder.run(info.with(RunStatus.RUNNING, to, null), "playbook.goto", info.operator(),
                RunRecorder.details("from", failed.name(), "to", target));
    }

    /** Asks the run to pause before its next step. */
    public synchronized void pause(String who) {
        if (info.status().isEnded()) {
            throw new IllegalStateException("run " + id() + " has ended");
        }
        pauseRequested = true;
        recorder.event(info, "playbook.pause.requested", who, RunRecorder.details("by", who));
    }

    /** Clears a pause request; a paused run goes on with the next {@link #execute}. */
    public synchronized void resume(String who) {
        pauseRequested = false;
        recorder.event(info, "playbook.resume.requested", who, RunRecorder.details("by", who));
    }

    /** Skips a step that has not run (or the failed step a run stopped at), with a reason. */
    public synchronized StepRecord skip(String stepName, String who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("skipping a step needs a reason");
        }
        int at = playbook.indexOf(stepName).orElseThrow(() -> new IllegalArgumentException("no step named '" + stepName + "'"));
        StepRecord step = steps.get(at);
        boolean failedStop = info.status() == RunStatus.FAILED && at == info.position();
        if (step.state() != StepState.PENDING && !failedStop) {
            throw new IllegalStateException("step '" + stepName + "' is " + step.state() + " and cannot be skipped");
        }
        recorder.event(info, "playbook.skip", who, RunRecorder.details("step", stepName, "reason", reason));
        StepRecord skipped = recorder.step(info, step.moved(StepState.SKIPPED, who, "skipped by " + who + ": " + reason,
                clock.instant()));
        steps.set(at, skipped);
        if (failedStop) {
            info = recorder.run(info.with(RunStatus.PAUSED, at + 1, null), "playbook.paused", who,
                    RunRecorder.details("afterSkipping", stepName));
        }
        return skipped;
    }

    /** Aborts: at once when not executing, else the running step is cancelled and the run stops. */
    public void abort(String who, String reason) {
        CancellationToken toCancel;
        synchronized (this) {
            if (info.status().isEnded()) {
                return;
            }
            abortReason = reason == null || reason.isBlank() ? "aborted" : reason;
            abortedBy = who;
            if (!executing) {
                finishAborted();
                return;
            }
            toCancel = current;
        }
        toCancel.cancel();
    }

    /** After a failure, a pause or an interruption: every step from {@code stepName} on runs again. */
    public synchronized void rerunFrom(String stepName, String who) {
        if (executing || info.status() == RunStatus.RUNNING || info.status().isEnded()) {
            throw new IllegalStateException("run " + id() + " is " + info.status() + "; re-run needs a failed, paused or "
                    + "interrupted run");
        }
        int from = playbook.indexOf(stepName).orElseThrow(() -> new IllegalArgumentException("no step named '" + stepName + "'"));
        for (int i = from; i < steps.size(); i++) {
            steps.set(i, recorder.step(info, steps.get(i).reset()));
        }
        info = recorder.run(info.with(RunStatus.PAUSED, from, null), "playbook.rerun", who,
                RunRecorder.details("from", stepName, "by", who));
    }

    private RunStatus finishCompleted() {
        info = recorder.run(info.with(RunStatus.COMPLETED, steps.size(), clock.instant()), "playbook.finished",
                info.operator(), RunRecorder.details("stepStates", RunRecorder.states(steps)));
        freeze.lift(playbook.name(), id(), info.operator(), "run completed");
        LOGGER.info("Playbook run {} of '{}' completed", id(), playbook.name());
        return RunStatus.COMPLETED;
    }

    private RunStatus finishAborted() {
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).state().isFinished()) {
                steps.set(i, recorder.step(info, steps.get(i).moved(StepState.CANCELLED, abortedBy,
                        "not run: the run was aborted (" + abortReason + ")", clock.instant())));
            }
        }
        info = recorder.run(info.with(RunStatus.ABORTED, info.position(), clock.instant()), "playbook.aborted", abortedBy,
                RunRecorder.details("reason", abortReason, "stepStates", RunRecorder.states(steps)));
        freeze.lift(playbook.name(), id(), abortedBy, "run aborted: " + abortReason);
        LOGGER.info("Playbook run {} of '{}' aborted by {}: {}", id(), playbook.name(), abortedBy, abortReason);
        return RunStatus.ABORTED;
    }
}
