package io.drillbook.infra.ics;

import io.drillbook.core.calendar.RecurrenceRuleParser;
import io.drillbook.core.model.OccurrenceOverride;
import io.drillbook.core.model.Recurrence;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads DTSTART, DTEND or DURATION, RRULE and EXDATE of one VEVENT into a {@link Recurrence}. */
final class EventRecurrence {
    private EventRecurrence() {
    }

    /**
     * The event's start, duration, rule and skipped starts. All-day events (VALUE=DATE, or
     * Outlook's X-MICROSOFT-CDO-ALLDAYEVENT on midnight-to-midnight times) stay all-day.
     *
     * @param cancelled RECURRENCE-ID starts of cancelled instances, skipped like EXDATEs
     */
    static Recurrence of(IcsEvent event, ZoneId floating, List<IcsTimes.Moment> cancelled) {
        ZoneId floatingZone = ownZone(event).orElse(floating);
        ContentLine dtstart = event.first("DTSTART")
                .orElseThrow(() -> new LineException(event.beginLine(), "VEVENT has no DTSTART"));
        IcsTimes.Moment start = at(dtstart, floatingZone);
        Duration duration = duration(event, start, floatingZone);
        String rrule = event.first("RRULE").map(r -> checkedRule(r)).orElse(null);
        List<LocalDateTime> exdates = new ArrayList<>();
        for (ContentLine ex : event.all("EXDATE")) {
            for (String value : ex.value().split(",")) {
                exdates.add(IcsTimes.in(at(ex, value.trim(), floatingZone), start.zone()));
            }
        }
        cancelled.forEach(m -> exdates.add(IcsTimes.in(m, start.zone())));
        boolean allDay = start.allDay() || outlookAllDay(event, start, duration);
        return new Recurrence(start.local(), duration, start.zone(), rrule, exdates, allDay, List.of());
    }

    /** Our export's X-DRILLBOOK-ZONE: the zone an all-day entry's dates are days of. */
    static java.util.Optional<ZoneId> ownZone(IcsEvent event) {
        return event.first("X-DRILLBOOK-ZONE").map(l -> {
            try {
                return IcsTimes.zone(l.value().trim());
            } catch (IllegalArgumentException e) {
                throw new LineException(l.line(), e.getMessage());
            }
        });
    }

    private static boolean outlookAllDay(IcsEvent event, IcsTimes.Moment start, Duration duration) {
        boolean flagged = event.first("X-MICROSOFT-CDO-ALLDAYEVENT").map(l -> l.value().trim().equalsIgnoreCase("TRUE")).orElse(false);
        return flagged && start.local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && duration.toSeconds() % 86_400 == 0;
    }

    /** Start and duration of one changed occurrence, local in {@code zone} (its series' zone). */
    static OccurrenceOverride override(IcsEvent instance, ZoneId floating, ZoneId zone, Duration seriesDuration, String seriesTitle) {
        ZoneId floatingZone = ownZone(instance).orElse(floating);
        ContentLine rid = instance.first("RECURRENCE-ID").orElseThrow();
        LocalDateTime recurrenceId = IcsTimes.in(at(rid, floatingZone), zone);
        ContentLine dtstart = instance.first("DTSTART")
                .orElseThrow(() -> new LineException(instance.beginLine(), "changed occurrence has no DTSTART"));
        IcsTimes.Moment start = at(dtstart, floatingZone);
        Duration duration = instance.first("DTEND").isPresent() || instance.first("DURATION").isPresent()
                ? duration(instance, start, floatingZone) : seriesDuration;
        String title = instance.text("SUMMARY").trim();
        return new OccurrenceOverride(recurrenceId, IcsTimes.in(start, zone), duration, title.equals(seriesTitle) ? "" : title);
    }

    static IcsTimes.Moment at(ContentLine line, ZoneId floatingZone) {
        return at(line, line.value().trim(), floatingZone);
    }

    private static IcsTimes.Moment at(ContentLine line, String value, ZoneId floatingZone) {
        try {
            return IcsTimes.moment(line, value, floatingZone);
        } catch (IllegalArgumentException e) {
            throw new LineException(line.line(), e.getMessage());
        }
    }

    private static Duration duration(IcsEvent event, IcsTimes.Moment start, ZoneId floatingZone) {
        var dtend = event.first("DTEND");
        var dur = event.first("DURATION");
        Duration d;
        int line;
        if (dtend.isPresent()) {
            IcsTimes.Moment end = at(dtend.get(), floatingZone);
            d = Duration.between(start.local().atZone(start.zone()), end.local().atZone(end.zone()));
            line = dtend.get().line();
        } else if (dur.isPresent()) {
            d = parseDuration(dur.get());
            line = dur.get().line();
        } else if (start.allDay()) {
            return Duration.ofDays(1);
        } else {
            throw new LineException(event.beginLine(), "VEVENT has a DTSTART time but neither DTEND nor DURATION");
        }
        if (d.isZero() || d.isNegative()) {
            throw new LineException(line, "the event ends before or when it starts");
        }
        return d;
    }

    private static Duration parseDuration(ContentLine line) {
        String v = line.value().trim();
        try {
            if (v.matches("[+]?P\\d+W")) {
                return Duration.ofDays(7L * Long.parseLong(v.replaceAll("\\D", "")));
            }
            return Duration.parse(v.startsWith("+") ? v.substring(1) : v);
        } catch (DateTimeParseException e) {
            throw new LineException(line.line(), "DURATION '" + v + "' is not an ISO 8601 duration like PT2H or P1D");
        }
    }

    private static String checkedRule(ContentLine rrule) {
        try {
            RecurrenceRuleParser.parse(rrule.value().trim());
            return rrule.value().trim();
        } catch (IllegalArgumentException e) {
            throw new LineException(rrule.line(), e.getMessage());
        }
    }
}
