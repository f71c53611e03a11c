package io.drillbook.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How calendar times appear in reasons people read. */
final class Times {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Times() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    static String utcRange(Instant from, Instant to) {
        return utc(from) + "–" + utc(to);
    }

    static String localRange(Occurrence o, ZoneId zone) {
        var start = o.start().atZone(zone);
        var end = o.end().atZone(zone);
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? end.format(TIME) : end.format(LOCAL);
        return start.format(LOCAL) + "–" + endText + " " + zone.getId();
    }
}
