package io.drillbook.ui.common;

import io.drillbook.core.format.HumanUnits;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** How times, durations and sizes read in the console: the core's {@link HumanUnits}, in the user's zone. */
public final class Formats {
    private Formats() {
    }

    /** {@code Fri 2026-12-04 09:30}, in {@code zone}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return HumanUnits.localDateTime(instant, zone);
    }

    /** {@code 42 s}, {@code 23 min}, {@code 6 h 5 min}, {@code 3 d 4 h}. */
    public static String duration(Duration d) {
        return HumanUnits.duration(d);
    }

    /** {@code 512 B}, {@code 1.5 MB}; empty for an unknown (negative) size. */
    public static String size(long bytes) {
        return HumanUnits.knownSize(bytes);
    }
}
