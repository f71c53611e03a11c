package io.drillbook.core.inventory;

import java.util.Objects;

/**
 * One item of an import that was not taken, with the reason a person can act on.
 *
 * @param item   what was rejected, e.g. the tool's backup identifier or a CSV line
 * @param reason why, e.g. "no mapping for stanza 'billing'"
 */
public record Rejection(String item, String reason) {
    public Rejection {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return item + ": " + reason;
    }
}
