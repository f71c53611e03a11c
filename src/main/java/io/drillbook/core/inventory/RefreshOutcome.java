package io.drillbook.core.inventory;

import java.time.Duration;
import java.time.Instant;

/**
 * How one refresh of a source ended.
 *
 * @param summary what the import did; null when the refresh failed
 * @param problem why it failed, with secret-looking values redacted; null when it succeeded
 */
public record RefreshOutcome(String source, Instant at, Duration elapsed, ImportSummary summary, String problem) {

    public boolean ok() {
        return problem == null;
    }

    /** One line for a table or a terminal. */
    public String describe() {
        if (!ok()) {
            return source + ": FAILED: " + problem;
        }
        return source + ": " + summary.added() + " added, " + summary.known() + " already known, "
                + summary.rejected().size() + " rejected (" + elapsed.toMillis() + " ms)";
    }
}
