package io.drillbook.infra.ics;

import io.drillbook.core.calendar.RecurrenceRuleParser;
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

    /** @param overridden RECURRENCE-ID starts of modified instances, skipped like EXDATEs */
    static Recurrence of(IcsEvent event, ZoneId floatingZone, List<IcsTimes.Moment> overridden) {
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
        overridden.forEach(m -> exdates.add(IcsTimes.in(m, start.zone())));
        return new Recurrence(start.local(), duration, start.zone(), rrule, exdates);
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
