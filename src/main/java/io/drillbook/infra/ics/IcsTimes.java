package io.drillbook.infra.ics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Date and date-time values of iCalendar properties: {@code 20261201T100000} (floating or with
 * TZID), {@code 20261201T090000Z} (UTC), {@code VALUE=DATE:20261224} (all day). Outlook's Windows
 * zone names are mapped to IANA zones.
 */
final class IcsTimes {
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("UTC", "UTC"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"));

    /** A local start in a zone; {@code allDay} for VALUE=DATE values. */
    record Moment(LocalDateTime local, ZoneId zone, boolean allDay) {
    }

    private IcsTimes() {
    }

    static Moment moment(ContentLine line, String value, ZoneId floatingZone) {
        boolean allDay = line.param("VALUE").map("DATE"::equalsIgnoreCase).orElse(false) || value.length() == 8;
        try {
            if (allDay) {
                return new Moment(LocalDate.parse(value, DATE).atStartOfDay(), floatingZone, true);
            }
            if (value.endsWith("Z")) {
                return new Moment(LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME), ZoneOffset.UTC, false);
            }
            ZoneId zone = line.param("TZID").map(IcsTimes::zone).orElse(floatingZone);
            return new Moment(LocalDateTime.parse(value, DATE_TIME), zone, false);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(line.name() + " value '" + value + "' is not a date (20261224) or date-time (20261224T100000[Z])");
        }
    }

    static ZoneId zone(String tzid) {
        String id = WINDOWS_ZONES.getOrDefault(tzid, tzid);
        try {
            return ZoneId.of(id.startsWith("/") ? id.substring(1) : id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time zone '" + tzid + "' is neither an IANA zone nor a known Windows zone");
        }
    }

    /** The same instant as {@code m}, as local time in {@code zone}. */
    static LocalDateTime in(Moment m, ZoneId zone) {
        return m.zone().equals(zone) ? m.local() : m.local().atZone(m.zone()).withZoneSameInstant(zone).toLocalDateTime();
    }
}
