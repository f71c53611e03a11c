package io.drillbook.core.drill;

import java.time.Duration;
import java.util.Objects;

/**
 * A check after the restore: a command whose trimmed standard output must meet an expectation.
 *
 * @param timeout null for the target profile's command timeout
 */
public record DrillCheck(String name, String run, Expectation expect, Duration timeout) {

    public DrillCheck {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a drill check needs a name");
        }
        if (run == null || run.isBlank()) {
            throw new IllegalArgumentException("check '" + name + "' needs a 'run' command");
        }
        Objects.requireNonNull(expect, "check '" + name + "' needs an 'expect'");
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("check '" + name + "': timeout must be positive");
        }
    }

    public static DrillCheck of(String name, String run, Expectation expect) {
        return new DrillCheck(name, run, expect, null);
    }

    /** The check as a step, so the runner can run both alike. */
    DrillStep asStep() {
        return new DrillStep(name, run, null, timeout);
    }
}
