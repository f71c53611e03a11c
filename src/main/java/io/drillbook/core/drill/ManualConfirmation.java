package io.drillbook.core.drill;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's answer to a manual step.
 *
 * @param done false when the person says the step could not be done (the step then fails)
 * @param note free text for the evidence, may be empty
 */
public record ManualConfirmation(String confirmedBy, Instant confirmedAt, boolean done, String note) {
    public ManualConfirmation {
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new IllegalArgumentException("a manual confirmation needs who confirmed it");
        }
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        note = note == null ? "" : note;
    }

    public static ManualConfirmation done(String who, Instant at) {
        return new ManualConfirmation(who, at, true, "");
    }

    public static ManualConfirmation notDone(String who, Instant at, String reason) {
        return new ManualConfirmation(who, at, false, reason);
    }
}
