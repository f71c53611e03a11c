package io.drillbook.core.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One changed occurrence of a recurring entry (an iCalendar {@code RECURRENCE-ID} instance): the
 * occurrence the rule puts at {@code recurrenceId} happens at {@code start} for {@code duration}
 * instead, both local in the entry's zone. It stays part of its series.
 *
 * @param title the occurrence's own title when it differs from the series', else empty
 */
public record OccurrenceOverride(LocalDateTime recurrenceId, LocalDateTime start, Duration duration, String title) {
    public OccurrenceOverride {
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(start, "start");
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("an overridden occurrence needs a positive duration");
        }
        title = title == null ? "" : title;
    }
}
