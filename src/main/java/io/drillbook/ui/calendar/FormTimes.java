package io.drillbook.ui.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How forms read and write times ({@code 2026-12-02 01:30}, in the calendar's zone) and lists ({@code shop, billing}). */
final class FormTimes {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FormTimes() {
    }

    static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }

    static String format(LocalDateTime local) {
        return FORMAT.format(local);
    }

    /** The instant typed in {@code text}; a problem naming {@code field} is added when it cannot be read. */
    static Optional<Instant> parse(String text, ZoneId zone, String field, List<String> problems) {
        return parseLocal(text, field, problems).map(t -> t.atZone(zone).toInstant());
    }

    static Optional<LocalDateTime> parseLocal(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(field + ": required, e.g. 2026-12-02 04:00");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), FORMAT));
        } catch (DateTimeParseException e) {
            problems.add(field + ": '" + text.trim() + "' is not a date and time like 2026-12-02 04:00 (at position "
                    + (e.getErrorIndex() + 1) + ")");
            return Optional.empty();
        }
    }

    static List<String> list(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[,;]"))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
