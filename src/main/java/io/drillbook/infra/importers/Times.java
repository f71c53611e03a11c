package io.drillbook.infra.importers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times as backup tools write them. */
final class Times {
    private Times() {
    }

    /**
     * Parses an ISO 8601 instant with a zone or offset; a local date-time is read in {@code zone};
     * a bare number is epoch seconds.
     */
    static Instant parse(String text, ZoneId zone) {
        String t = text.trim();
        try {
            if (t.matches("\\d{9,11}(\\.\\d+)?")) {
                double seconds = Double.parseDouble(t);
                long whole = (long) seconds;
                return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 time or epoch seconds");
        }
    }
}
