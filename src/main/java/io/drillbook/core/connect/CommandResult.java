package io.drillbook.core.connect;

import java.time.Duration;

/**
 * How a command ended. {@code command} is the command line with secret-looking values redacted
 * (see {@link io.drillbook.core.evidence.Redaction}), fit for logs and evidence.
 *
 * @param exitStatus the exit status, or -1 when the command was killed or ended without one
 */
public record CommandResult(String command, int exitStatus, boolean timedOut, boolean cancelled, Duration elapsed,
                            CapturedOutput stdout, CapturedOutput stderr) {

    public boolean succeeded() {
        return exitStatus == 0 && !timedOut && !cancelled;
    }

    /** A one-line description for logs and evidence, with secret-looking values redacted by the caller. */
    public String outcome() {
        if (timedOut) {
            return "timed out after " + elapsed.toMillis() + " ms";
        }
        if (cancelled) {
            return "cancelled after " + elapsed.toMillis() + " ms";
        }
        return "exit " + exitStatus + " after " + elapsed.toMillis() + " ms";
    }
}
