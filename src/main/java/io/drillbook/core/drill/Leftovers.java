package io.drillbook.core.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;

import java.time.Instant;
import java.util.List;

/**
 * A drill run whose cleanup has not passed yet, and what it may have left on its target.
 *
 * @param keptUntil     set when the plan keeps a failed target for investigation; null otherwise
 * @param cleanupStates the cleanup steps' current states, in order
 */
public record Leftovers(DrillSummary run, CleanupPlan cleanup, Instant keptUntil, List<StepOutcome> cleanupStates) {
    public Leftovers {
        cleanupStates = List.copyOf(cleanupStates);
    }

    public String runId() {
        return run.runId();
    }

    /** Why it is listed: interrupted, kept for investigation (until when), or its cleanup failed or did not run. */
    public String why() {
        if (run.result() == RunResult.INTERRUPTED) {
            return "interrupted";
        }
        if (keptUntil != null && cleanupStates.stream().noneMatch(s -> s.state() == StepState.FAILED)) {
            return "failed target kept for investigation until " + keptUntil;
        }
        return "cleanup did not pass";
    }

    /** The plan's keeping period is over (or the target was never meant to be kept). */
    public boolean due(Instant now) {
        return keptUntil == null || !now.isBefore(keptUntil);
    }
}
