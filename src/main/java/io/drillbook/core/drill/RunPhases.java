package io.drillbook.core.drill;

import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The three phases of one run (steps, checks, cleanup) and how their states decide the result. */
final class RunPhases {
    private final DrillRun run;
    private final StepExecutor executor;
    private final ManualStepGate gate;
    private final Clock clock;
    private StepState halt;
    private String haltReason = "";

    RunPhases(DrillRun run, StepExecutor executor, ManualStepGate gate, Clock clock) {
        this.run = run;
        this.executor = executor;
        this.gate = gate;
        this.clock = clock;
    }

    static List<StepOutcome> pending(DrillPlan plan, Instant at) {
        List<StepOutcome> out = new ArrayList<>();
        plan.steps().forEach(s -> out.add(StepOutcome.pending(out.size(), StepKind.STEP, s.name(), at)));
        plan.checks().forEach(c -> out.add(StepOutcome.pending(out.size(), StepKind.CHECK, c.name(), at)));
        plan.cleanup().forEach(s -> out.add(StepOutcome.pending(out.size(), StepKind.CLEANUP, s.name(), at)));
        return out;
    }

    /**
     * Runs steps then checks; returns the time spent waiting on people. A failed step skips every
     * later step and check (they depend on the restore); once the steps succeeded every check runs,
     * whatever the checks before it found, so each is reported with its expected and actual value.
     */
    Duration restoreAndCheck(DrillPlan plan, CancellationToken cancel) {
        Duration manual = Duration.ZERO;
        int index = 0;
        for (DrillStep step : plan.steps()) {
            int at = index++;
            StepOutcome outcome = runOne(at, cancel, () -> step.isManual()
                    ? manualStep(at, step, cancel) : executor.runCommand(at, step, cancel), true);
            manual = manual.plus(outcome.manual());
        }
        for (DrillCheck check : plan.checks()) {
            int at = index++;
            runOne(at, cancel, () -> executor.runCheck(at, check, cancel), false);
        }
        return manual;
    }

    /** Cleanup runs whatever happened before, and cannot be cancelled by the run's token. */
    void cleanup(DrillPlan plan) {
        int index = plan.steps().size() + plan.checks().size();
        for (DrillStep step : plan.cleanup()) {
            if (!run.step(index).state().isFinished()) {
                executor.runCommand(index, step, CancellationToken.none());
            }
            index++;
        }
    }

    /** @param failureHalts a failed step stops what depends on it; a failed check does not stop the other checks */
    /** Leaves the cleanup for later (a failed target kept for investigation): each cleanup step is skipped, saying why. */
    void keep(DrillPlan plan, String why) {
        int index = plan.steps().size() + plan.checks().size();
        for (int i = 0; i < plan.cleanup().size(); i++) {
            run.move(index + i, StepState.SKIPPED, why);
        }
    }

    private StepOutcome runOne(int index, CancellationToken cancel, Supplier<StepOutcome> work, boolean failureHalts) {
        if (halt == null && cancel.isCancelled()) {
            halt(StepState.CANCELLED, "not run: the drill was cancelled");
        }
        if (halt != null) {
            return run.move(index, halt, haltReason);
        }
        StepOutcome outcome = work.get();
        if (outcome.state() == StepState.FAILED && failureHalts) {
            halt(StepState.SKIPPED, "not run: step '" + outcome.name() + "' failed");
        } else if (outcome.state() == StepState.CANCELLED) {
            halt(StepState.CANCELLED, "not run: the drill was cancelled");
        }
        return outcome;
    }

    private void halt(StepState state, String why) {
        halt = state;
        haltReason = why;
    }

    private StepOutcome manualStep(int index, DrillStep step, CancellationToken cancel) {
        Instant from = clock.instant();
        run.move(index, StepState.RUNNING, "");
        ManualConfirmation answer;
        try {
            answer = gate.await(run.id(), step, cancel);
        } catch (CancellationToken.CancelledException e) {
            StepOutcome waited = run.step(index).withConfirmation(null, StepExecutor.between(from, clock.instant()));
            return run.publish(waited.withState(StepState.CANCELLED, "cancelled while waiting for a person", clock.instant()));
        }
        StepOutcome confirmed = run.step(index).withConfirmation(answer, StepExecutor.between(from, clock.instant()));
        StepState state = answer.done() ? StepState.PASSED : StepState.FAILED;
        String why = answer.done() ? "" : "not done: " + answer.note();
        return run.publish(confirmed.withState(state, why, clock.instant()));
    }

    /** Cancelled if anything was cancelled, failed if a step or check failed, else passed. Cleanup does not count. */
    static RunResult outcome(List<StepOutcome> steps) {
        List<StepOutcome> counted = steps.stream().filter(s -> s.kind() != StepKind.CLEANUP).toList();
        if (counted.stream().anyMatch(s -> s.state() == StepState.CANCELLED)) {
            return RunResult.CANCELLED;
        }
        if (counted.stream().anyMatch(s -> s.state() != StepState.PASSED)) {
            return RunResult.FAILED;
        }
        return RunResult.PASSED;
    }
}
