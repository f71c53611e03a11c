package io.drillbook.core.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One concrete happening of a calendar entry: {@code [start, end)} as instants, and the local
 * start in the entry's own zone (what EXDATE and people refer to).
 */
public record Occurrence(Instant start, Instant end, LocalDateTime localStart) {
    public Occurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an occurrence must end after it starts");
        }
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
