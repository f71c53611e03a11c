package io.drillbook.core.drill;

import io.drillbook.core.work.CancellationToken;

import java.time.Clock;

/**
 * Where a manual step waits for a person. The console shows the instructions and a Done button;
 * the CLI confirms only with {@code --confirm-manual} ({@link #confirmAs}). Blocks until the person
 * answers; may throw {@link CancellationToken.CancelledException} when the run is cancelled.
 */
@FunctionalInterface
public interface ManualStepGate {

    ManualConfirmation await(String runId, DrillStep step, CancellationToken cancel);

    /** Confirms every manual step at once in the name of {@code who} (the CLI's {@code --confirm-manual}). */
    static ManualStepGate confirmAs(String who, Clock clock) {
        return (runId, step, cancel) -> ManualConfirmation.done(who, clock.instant());
    }

    /** Confirms nothing: a manual step fails, saying how to confirm it. */
    static ManualStepGate refuse(String who, Clock clock) {
        return (runId, step, cancel) -> ManualConfirmation.notDone(who, clock.instant(),
                "manual step needs a person to confirm it (the CLI confirms with --confirm-manual)");
    }
}
