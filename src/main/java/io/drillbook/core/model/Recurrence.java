package io.drillbook.core.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * When a calendar entry happens: a first start in a time zone, a duration, and optionally an
 * RFC 5545 RRULE with EXDATE exceptions. Without an RRULE it happens once.
 *
 * @param rrule   the RRULE value without the {@code RRULE:} prefix, e.g. {@code FREQ=DAILY}; null or
 *                empty for a one-off entry
 * @param exdates occurrence starts (local, in {@code zone}) that are skipped
 */
public record Recurrence(LocalDateTime start, Duration duration, ZoneId zone, String rrule,
                         List<LocalDateTime> exdates) {

    public Recurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        rrule = rrule == null || rrule.isBlank() ? null : rrule.trim();
        exdates = exdates == null ? List.of() : List.copyOf(exdates);
    }

    public static Recurrence once(LocalDateTime start, Duration duration, ZoneId zone) {
        return new Recurrence(start, duration, zone, null, List.of());
    }

    public boolean isRecurring() {
        return rrule != null;
    }
}
