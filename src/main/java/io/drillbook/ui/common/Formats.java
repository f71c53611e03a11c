package io.drillbook.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times and durations read in the console. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** {@code 3d 4h}, {@code 5h 20m}, {@code 42s}. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.abs(d.getSeconds());
        String sign = d.isNegative() ? "-" : "";
        if (s >= 86_400) {
            return sign + s / 86_400 + "d " + (s % 86_400) / 3600 + "h";
        }
        if (s >= 3600) {
            return sign + s / 3600 + "h " + (s % 3600) / 60 + "m";
        }
        if (s >= 60) {
            return sign + s / 60 + "m " + s % 60 + "s";
        }
        return sign + s + "s";
    }
}
