package io.drillbook.core.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Durations, sizes and times as people read them, the same in reports, console and command line:
 * {@code 42 s}, {@code 23 min}, {@code 6 h 5 min}, {@code 3 d 4 h}; {@code 512 B}, {@code 1.5 MB};
 * {@code 2026-10-05 08:00:00 UTC}. Locale-independent, so exports stay byte-identical everywhere.
 */
public final class HumanUnits {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
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

    /** Bytes in binary units with one decimal: {@code 512 B}, {@code 1.5 KB}, {@code 2.0 GB}. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "-" + size(-bytes);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, SIZE_UNITS[unit]);
    }

    /** A moment to the second, in full: {@code 2026-10-05 08:00:00 UTC}; empty for null. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }
}
