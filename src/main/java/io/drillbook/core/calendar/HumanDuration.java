package io.drillbook.core.calendar;

import java.time.Duration;
import java.time.Period;

/**
 * Durations as people say them: "97 days", "5 h 10 min", "40 min", "42 s", "1 year 6 months" (never ISO
 * periods). Under a minute in seconds, so a drill that recovered in 50 seconds never reads "0 min".
 */
public final class HumanDuration {
    private HumanDuration() {
    }

    public static String of(Duration d) {
        if (d.isNegative()) {
            return "-" + of(d.negated());
        }
        if (d.toHours() >= 48) {
            return d.toDays() + " days";
        }
        if (d.toMinutes() == 0) {
            return d.toSeconds() + " s";
        }
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    public static String of(Period p) {
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() + " days";
        }
        StringBuilder sb = new StringBuilder();
        part(sb, p.getYears(), "year");
        part(sb, p.getMonths(), "month");
        part(sb, p.getDays(), "day");
        return sb.toString();
    }

    private static void part(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(n).append(' ').append(unit).append(Math.abs(n) == 1 ? "" : "s");
        }
    }
}
