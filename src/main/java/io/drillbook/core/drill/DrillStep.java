package io.drillbook.core.drill;

import java.time.Duration;
import java.util.Optional;

/**
 * One step of a drill plan: either a command template to run on the target, or instructions a
 * person follows and confirms (a manual step). Exactly one of {@code run} and {@code manual} is set.
 *
 * @param run     command template with {@code ${...}} placeholders, or null for a manual step
 * @param manual  instructions for a person, or null for an automated step
 * @param timeout how long the command may run; null for the target profile's command timeout
 */
public record DrillStep(String name, String run, String manual, Duration timeout) {

    public DrillStep {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a drill step needs a name");
        }
        if ((run == null) == (manual == null)) {
            throw new IllegalArgumentException("step '" + name + "' needs exactly one of 'run' and 'manual'");
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("step '" + name + "': timeout must be positive");
        }
    }

    public static DrillStep command(String name, String run) {
        return new DrillStep(name, run, null, null);
    }

    public static DrillStep manual(String name, String instructions) {
        return new DrillStep(name, null, instructions, null);
    }

    public DrillStep withTimeout(Duration limit) {
        return new DrillStep(name, run, manual, limit);
    }

    public boolean isManual() {
        return manual != null;
    }

    public Optional<Duration> timeoutLimit() {
        return Optional.ofNullable(timeout);
    }
}
