package io.drillbook.core.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One reason a release clashes with the calendar.
 *
 * @param with  the other entry (backup window name, freeze name, release id), empty for CAB conflicts
 * @param from  start of the clashing interval (the release's own window for CAB conflicts)
 * @param to    end of the clashing interval
 */
public record Conflict(String releaseId, ConflictKind kind, String reason, String with, Instant from, Instant to) {
    public Conflict {
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        with = with == null ? "" : with;
    }
}
