package io.drillbook.ui.calendar;

import io.drillbook.core.model.Recurrence;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the "when" fields of a recurring-entry form into a {@link Recurrence}, naming each field that is wrong. */
final class RecurrenceFields {
    private RecurrenceFields() {
    }

    static Optional<Recurrence> read(String start, String duration, String zone, String rrule, String exdates, List<String> problems) {
        int before = problems.size();
        Optional<LocalDateTime> first = FormTimes.parseLocal(start, "Start", problems);
        Optional<Duration> length = duration(duration, problems);
        Optional<ZoneId> zoneId = zone(zone, problems);
        List<LocalDateTime> skipped = new ArrayList<>();
        for (String text : FormTimes.list(exdates)) {
            FormTimes.parseLocal(text, "Except on", problems).ifPresent(skipped::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Recurrence(first.orElseThrow(), length.orElseThrow(), zoneId.orElseThrow(), rrule, skipped));
    }

    /** ISO 8601 ({@code PT2H}, {@code PT90M}) or short ({@code 2h}, {@code 90m}). */
    static Optional<Duration> duration(String text, List<String> problems) {
        String t = text == null ? "" : text.trim().toUpperCase();
        try {
            Duration d = t.startsWith("P") ? Duration.parse(t) : Duration.parse("PT" + t);
            if (d.isNegative() || d.isZero()) {
                problems.add("Duration: must be positive");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            problems.add("Duration: '" + text + "' is not a duration like PT2H, 2h or 90m");
            return Optional.empty();
        }
    }

    static Optional<ZoneId> zone(String text, List<String> problems) {
        try {
            return Optional.of(ZoneId.of(text == null ? "" : text.trim()));
        } catch (DateTimeException e) {
            problems.add("Time zone: '" + text + "' is not a zone id like Europe/Berlin or UTC");
            return Optional.empty();
        }
    }
}
