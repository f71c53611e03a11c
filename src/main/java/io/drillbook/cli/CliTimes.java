package io.drillbook.cli;

import io.drillbook.core.format.HumanUnits;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Moments in command line text as the console shows them, in the user's zone and named there
 * ({@code Sat 2026-11-29 11:05 CET}); {@code -} for none. {@code --json} keeps ISO 8601 in UTC.
 */
final class CliTimes {
    private CliTimes() {
    }

    static String at(Instant instant) {
        return instant == null ? "-" : HumanUnits.zonedDateTime(instant, ZoneId.systemDefault());
    }
}
