package io.drillbook.core.calendar;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepares a rule for ical4j. Monthly and yearly seeds are aligned to the first day of their month
 * or year (ical4j otherwise skips months shorter than DTSTART's day), with the parts RFC 5545 takes
 * implicitly from DTSTART (day of month, month) written out. Then, when the range lies far ahead,
 * the seed moves forward by whole periods (INTERVAL days, weeks, months or years) so expansion
 * starts near the range, not at DTSTART. COUNT and UNTIL are removed: the expander applies them
 * itself (COUNT from DTSTART; ical4j cannot mix a UTC UNTIL with local seeds).
 */
record SeedShift(LocalDateTime seed, String ruleText) {

    static SeedShift towards(RecurrenceRule rule, LocalDateTime seed, LocalDateTime target) {
        ChronoUnit unit = unitOf(rule.frequency());
        if (unit == null || rule.has("BYWEEKNO") || rule.has("BYYEARDAY")) {
            return new SeedShift(seed, rule.rewritten(Map.of(), "UNTIL", "COUNT"));
        }
        String text = rule.rewritten(implicitParts(rule, seed), "UNTIL", "COUNT");
        LocalDateTime aligned = alignedStart(unit, seed);
        long step = rule.interval();
        long periods = rule.hasCount() || !seed.isBefore(target) ? 0 : (unit.between(aligned, target) / step - 1) * step;
        return new SeedShift(periods > 0 ? aligned.plus(periods, unit) : aligned, text);
    }

    private static ChronoUnit unitOf(String frequency) {
        return switch (frequency) {
            case "DAILY" -> ChronoUnit.DAYS;
            case "WEEKLY" -> ChronoUnit.WEEKS;
            case "MONTHLY" -> ChronoUnit.MONTHS;
            case "YEARLY" -> ChronoUnit.YEARS;
            default -> null;
        };
    }

    private static LocalDateTime alignedStart(ChronoUnit unit, LocalDateTime seed) {
        return switch (unit) {
            case MONTHS -> seed.withDayOfMonth(1);
            case YEARS -> seed.withDayOfYear(1);
            default -> seed;
        };
    }

    private static Map<String, String> implicitParts(RecurrenceRule rule, LocalDateTime seed) {
        Map<String, String> implicit = new LinkedHashMap<>();
        String freq = rule.frequency();
        boolean daySet = rule.has("BYDAY") || rule.has("BYMONTHDAY");
        if (freq.equals("YEARLY") && !rule.has("BYMONTH") && !rule.has("BYDAY")) {
            implicit.put("BYMONTH", String.valueOf(seed.getMonthValue()));
        }
        if ((freq.equals("MONTHLY") || freq.equals("YEARLY")) && !daySet) {
            implicit.put("BYMONTHDAY", String.valueOf(seed.getDayOfMonth()));
        }
        return implicit;
    }
}
