package io.drillbook.core.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Durations, sizes and times as people read them, the same in reports, console and command line:
 * {@code 42 s}, {@code 23 min}, {@code 6 h 5 min}, {@code 3 d 4 h}; {@code 512 B}, {@code 1.5 MB};
 * {@code 2026-10-05 08:00:00 UTC} in reports (locale-independent, so exports stay byte-identical
 * everywhere), {@code Fri 2026-12-04 09:30 CET} on screen and in command line text (the user's
 * locale and zone). Machine formats (JSON, CSV, workspace files) keep ISO 8601 and raw numbers.
 */
public final class HumanUnits {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_ZONED = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz");
    private static final String[] SIZE_UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private HumanUnits() {
    }

    /** The largest two units that matter, rounded down: {@code 42 s}, {@code 23 min}, {@code 6 h 5 min}, {@code 3 d 4 h}; empty for null. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        String sign = d.isNegative() ? "-" : "";
        long s = Math.abs(d.getSeconds());
        if (s < 60) {
            return sign + s + " s";
        }
        long minutes = s / 60;
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return sign + pair(hours, "h", minutes % 60, "min");
        }
        return sign + pair(hours / 24, "d", hours % 24, "h");
    }

    private static String pair(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
    }

    /**
     * Bytes in binary units (1 KB = 1024 B) with one decimal: {@code 512 B}, {@code 1.5 KB}, {@code 2.0 GB}.
     * The unit is chosen so the rounded figure stays below 1024 ({@code 1.0 MB}, never {@code 1024.0 KB}).
     */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "-" + size(bytes == Long.MIN_VALUE ? Long.MAX_VALUE : -bytes);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes / 1024.0;
        int unit = 0;
        while (Math.round(value * 10) >= 1024 * 10 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, SIZE_UNITS[unit]);
    }

    /** {@link #size} for a size that may be unknown: a negative size (the stores' "unknown") gives an empty text. */
    public static String knownSize(long bytes) {
        return bytes < 0 ? "" : size(bytes);
    }

    /**
     * A moment as its reader's calendar shows it, in the user's locale and {@code zone}:
     * {@code Fri 2026-12-04 09:30}; empty for null. For screens that show one zone throughout.
     */
    public static String localDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    /**
     * {@link #localDateTime} with the zone named, where a reader may be elsewhere (command line
     * text, messages, tooltips): {@code Fri 2026-12-04 09:30 CET}.
     */
    public static String zonedDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL_ZONED.format(instant.atZone(zone));
    }

    /** A moment to the second, in full: {@code 2026-10-05 08:00:00 UTC}; empty for null. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }
}
