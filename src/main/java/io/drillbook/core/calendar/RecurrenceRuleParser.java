package io.drillbook.core.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks an RFC 5545 RRULE value ({@code FREQ=WEEKLY;BYDAY=MO,WE}) so that a person
 * typing a rule learns exactly which part is wrong and why, before any expansion runs.
 */
public final class RecurrenceRuleParser {
    private static final Set<String> FREQUENCIES = Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Pattern BYDAY_ITEM = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern UNTIL = Pattern.compile("\\d{8}(T\\d{6}Z?)?");
    private static final Pattern SIGNED_INT = Pattern.compile("[+-]?\\d{1,3}");

    private RecurrenceRuleParser() {
    }

    public static RecurrenceRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RecurrenceRuleException(String.valueOf(text), 1, "the rule is empty; it needs at least FREQ, e.g. FREQ=DAILY");
        }
        String rule = text.startsWith("RRULE:") ? text.substring(6) : text;
        Map<String, String> parts = new LinkedHashMap<>();
        int position = 1;
        for (String part : rule.split(";", -1)) {
            readPart(rule, part, position, parts);
            position += part.length() + 1;
        }
        if (!parts.containsKey("FREQ")) {
            throw new RecurrenceRuleException(rule, 1, "FREQ is missing; every rule needs one of " + FREQUENCIES);
        }
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw new RecurrenceRuleException(rule, rule.indexOf("UNTIL") + 1, "COUNT and UNTIL must not both be given");
        }
        return new RecurrenceRule(rule, parts);
    }

    private static void readPart(String rule, String part, int position, Map<String, String> parts) {
        int eq = part.indexOf('=');
        if (eq <= 0 || eq == part.length() - 1) {
            throw new RecurrenceRuleException(rule, position, "'" + part + "' is not NAME=VALUE");
        }
        String name = part.substring(0, eq).toUpperCase(java.util.Locale.ROOT);
        String value = part.substring(eq + 1).toUpperCase(java.util.Locale.ROOT);
        if (parts.containsKey(name)) {
            throw new RecurrenceRuleException(rule, position, name + " is given twice");
        }
        String problem = checkValue(name, value);
        if (problem != null) {
            int at = problem.startsWith("unknown") ? position : position + eq + 1;
            throw new RecurrenceRuleException(rule, at, problem);
        }
        parts.put(name, value);
    }

    private static String checkValue(String name, String value) {
        return switch (name) {
            case "FREQ" -> FREQUENCIES.contains(value) ? null : "FREQ '" + value + "' is not one of " + FREQUENCIES;
            case "INTERVAL", "COUNT" -> value.matches("[1-9]\\d{0,5}") ? null : name + " must be a positive whole number, was '" + value + "'";
            case "UNTIL" -> UNTIL.matcher(value).matches() ? null : "UNTIL must be a date (20261231) or date-time (20261231T235959Z), was '" + value + "'";
            case "WKST" -> WEEKDAYS.contains(value) ? null : "WKST must be a weekday (MO..SU), was '" + value + "'";
            case "BYDAY" -> checkList(value, item -> BYDAY_ITEM.matcher(item).matches(), "a weekday like MO, 1MO or -1FR");
            case "BYMONTH" -> checkNumbers(value, 1, 12, false);
            case "BYMONTHDAY" -> checkNumbers(value, 1, 31, true);
            case "BYYEARDAY", "BYSETPOS" -> checkNumbers(value, 1, 366, true);
            case "BYWEEKNO" -> checkNumbers(value, 1, 53, true);
            case "BYHOUR" -> checkNumbers(value, 0, 23, false);
            case "BYMINUTE" -> checkNumbers(value, 0, 59, false);
            case "BYSECOND" -> checkNumbers(value, 0, 60, false);
            default -> "unknown rule part '" + name + "'";
        };
    }

    private static String checkNumbers(String value, int min, int max, boolean signed) {
        String range = signed ? "+/-" + min + ".." + max : min + ".." + max;
        return checkList(value, item -> {
            if (!SIGNED_INT.matcher(item).matches() || (!signed && item.startsWith("-"))) {
                return false;
            }
            int n = Math.abs(Integer.parseInt(item));
            return n >= min && n <= max;
        }, "a number in " + range);
    }

    private static String checkList(String value, java.util.function.Predicate<String> valid, String expected) {
        for (String item : value.split(",", -1)) {
            if (!valid.test(item)) {
                return "'" + item + "' is not " + expected;
            }
        }
        return null;
    }
}
