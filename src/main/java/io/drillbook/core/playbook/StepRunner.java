package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Runs one step with its retries, publishing every attempt's states through the recorder. */
final class StepRunner {
    private static final Logger LOGGER = LoggerFactory.getLogger(StepRunner.class);

    private final RunRecorder recorder;
    private final Clock clock;

    StepRunner(RunRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Runs step {@code at}, updating {@code steps} in place; returns its final record. */
    StepRecord run(RunInfo run, List<StepRecord> steps, int at, PlaybookStep step, JobContext ctx, CancellationToken cancel) {
        PlaybookJob job = PlaybookJob.of(step);
        int attempts = 1 + step.onFailure().retries();
        StepRecord last = steps.get(at);
        for (int attempt = 1; attempt <= attempts; attempt++) {
            last = publish(run, steps, last.running(clock.instant(), attempt));
            JobOutcome outcome = attempt(job, ctx, cancel);
            if (step.needsPerson()) {
                recordAnswer(run, step, outcome);
            }
            last = publish(run, steps, finished(last, outcome, attempt, attempts, step));
            if (outcome.passed() || outcome.cancelled() || attempt == attempts) {
                return last;
            }
            try {
                ctx.connections.sleeper().sleep(step.onFailure().delay(), cancel);
            } catch (CancellationToken.CancelledException e) {
                return publish(run, steps, last.moved(StepState.CANCELLED, run.operator(), "cancelled before retrying",
                        clock.instant()));
            }
        }
        return last;
    }

    private JobOutcome attempt(PlaybookJob job, JobContext ctx, CancellationToken cancel) {
        try {
            cancel.throwIfCancelled();
            return job.run(ctx, cancel);
        } catch (CancellationToken.CancelledException e) {
            return JobOutcome.cancelled(ctx.operator, null, "cancelled");
        } catch (RuntimeException e) {
            LOGGER.warn("Playbook step failed with an error", e);
            return JobOutcome.failed(ctx.operator, null, null, e.getMessage());
        }
    }

    private StepRecord finished(StepRecord running, JobOutcome o, int attempt, int attempts, PlaybookStep step) {
        StepState state = o.passed() ? StepState.PASSED : o.cancelled() ? StepState.CANCELLED : StepState.FAILED;
        String message = o.message();
        if (state == StepState.FAILED && attempt < attempts) {
            message += " (attempt " + attempt + " of " + attempts + "; retrying in " + step.onFailure().delay() + ")";
        }
        return running.finished(state, o.actor(), o.command(), o.output(), message, clock.instant());
    }

    private void recordAnswer(RunInfo run, PlaybookStep step, JobOutcome o) {
        String kind = step.action() instanceof StepAction.Approval ? "playbook.approval" : "playbook.confirmation";
        recorder.event(run, kind, o.actor(), RunRecorder.details("step", step.name(), "granted", o.passed(),
                "message", o.message()));
    }

    private StepRecord publish(RunInfo run, List<StepRecord> steps, StepRecord record) {
        StepRecord saved = recorder.step(run, record);
        steps.set(saved.index(), saved);
        return saved;
    }
}
