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
 * @param exdates   occurrence starts (local, in {@code zone}) that are skipped
 * @param allDay    whole days (iCalendar VALUE=DATE): {@code start} is a midnight and
 *                  {@code duration} whole days, in {@code zone}
 * @param overrides changed occurrences of the series (iCalendar RECURRENCE-ID instances)
 */
public record Recurrence(LocalDateTime start, Duration duration, ZoneId zone, String rrule,
                         List<LocalDateTime> exdates, boolean allDay, List<OccurrenceOverride> overrides) {

    public Recurrence(LocalDateTime start, Duration duration, ZoneId zone, String rrule, List<LocalDateTime> exdates) {
        this(start, duration, zone, rrule, exdates, false, List.of());
    }

    public Recurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        rrule = rrule == null || rrule.isBlank() ? null : rrule.trim();
        exdates = exdates == null ? List.of() : List.copyOf(exdates);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        if (allDay && (!start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || duration.toSeconds() % 86_400 != 0)) {
            throw new IllegalArgumentException("an all-day entry starts at midnight and lasts whole days");
        }
    }

    /** All day from {@code first} for {@code days} days in {@code zone}. */
    public static Recurrence allDay(java.time.LocalDate first, int days, ZoneId zone, String rrule, List<LocalDateTime> exdates) {
        return new Recurrence(first.atStartOfDay(), Duration.ofDays(days), zone, rrule, exdates, true, List.of());
    }

    public Recurrence withOverrides(List<OccurrenceOverride> changed) {
        return new Recurrence(start, duration, zone, rrule, exdates, allDay, changed);
    }

    public static Recurrence once(LocalDateTime start, Duration duration, ZoneId zone) {
        return new Recurrence(start, duration, zone, null, List.of());
    }

    public boolean isRecurring() {
        return rrule != null;
    }
}
