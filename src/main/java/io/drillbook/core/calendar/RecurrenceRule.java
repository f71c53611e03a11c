package io.drillbook.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated RRULE, split into its parts (upper-case names, in the order written). Built by
 * {@link RecurrenceRuleParser}.
 */
public record RecurrenceRule(String text, Map<String, String> parts) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    public RecurrenceRule {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public String frequency() {
        return parts.get("FREQ");
    }

    public int interval() {
        return Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
    }

    public boolean hasCount() {
        return parts.containsKey("COUNT");
    }

    public int count() {
        return Integer.parseInt(parts.getOrDefault("COUNT", "0"));
    }

    public boolean has(String part) {
        return parts.containsKey(part);
    }

    /**
     * The last local start UNTIL allows, in {@code zone}: a UTC UNTIL is converted, a local one
     * kept, a date-only one covers that whole day. Null when the rule has no UNTIL.
     */
    public LocalDateTime untilIn(ZoneId zone) {
        String until = parts.get("UNTIL");
        if (until == null) {
            return null;
        }
        if (until.length() == 8) {
            return LocalDate.parse(until, DATE).atTime(LocalTime.MAX);
        }
        if (until.endsWith("Z")) {
            LocalDateTime utc = LocalDateTime.parse(until.substring(0, 15), DATE_TIME);
            return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
        }
        return LocalDateTime.parse(until, DATE_TIME);
    }

    /** The rule text with some parts removed and others added or replaced. */
    public String rewritten(Map<String, String> replacements, String... removed) {
        Map<String, String> copy = new LinkedHashMap<>(parts);
        for (String r : removed) {
            copy.remove(r);
        }
        copy.putAll(replacements);
        return copy.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
