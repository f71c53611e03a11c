package io.drillbook.core.playbook;

import java.time.Duration;

/**
 * A step's failure handling: retry up to {@code retries} more times, {@code delay} apart, then
 * {@code then} (stop, continue, or go to {@code gotoStep}).
 */
public record OnFailure(int retries, Duration delay, FailureAction then, String gotoStep) {
    public static final OnFailure STOP = new OnFailure(0, Duration.ZERO, FailureAction.STOP, null);

    public OnFailure {
        if (retries < 0) {
            throw new IllegalArgumentException("retry count must not be negative");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("retry delay must not be negative");
        }
        then = then == null ? FailureAction.STOP : then;
        if ((then == FailureAction.GOTO) != (gotoStep != null && !gotoStep.isBlank())) {
            throw new IllegalArgumentException("'goto' needs a step name, and only 'goto' takes one");
        }
    }

    public static OnFailure retry(int times, Duration delay, FailureAction then, String gotoStep) {
        return new OnFailure(times, delay, then, gotoStep);
    }

    public static OnFailure continueRun() {
        return new OnFailure(0, Duration.ZERO, FailureAction.CONTINUE, null);
    }

    public static OnFailure goTo(String step) {
        return new OnFailure(0, Duration.ZERO, FailureAction.GOTO, step);
    }
}
