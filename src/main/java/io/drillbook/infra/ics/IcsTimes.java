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
    /** Outlook's Windows zone names (CLDR windowsZones, territory 001) and the IANA zone each stands for. */
    private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
            Map.entry("Dateline Standard Time", "Etc/GMT+12"),
            Map.entry("UTC-11", "Etc/GMT+11"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Central America Standard Time", "America/Guatemala"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Canada Central Standard Time", "America/Regina"),
            Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"),
            Map.entry("SA Pacific Standard Time", "America/Bogota"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("US Eastern Standard Time", "America/Indianapolis"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("Venezuela Standard Time", "America/Caracas"),
            Map.entry("SA Western Standard Time", "America/La_Paz"),
            Map.entry("Pacific SA Standard Time", "America/Santiago"),
            Map.entry("Newfoundland Standard Time", "America/St_Johns"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
            Map.entry("Argentina Standard Time", "America/Buenos_Aires"),
            Map.entry("Greenland Standard Time", "America/Godthab"),
            Map.entry("UTC-02", "Etc/GMT+2"),
            Map.entry("Azores Standard Time", "Atlantic/Azores"),
            Map.entry("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
            Map.entry("UTC", "UTC"),
            Map.entry("Coordinated Universal Time", "UTC"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("W. Central Africa Standard Time", "Africa/Lagos"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("Egypt Standard Time", "Africa/Cairo"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"),
            Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
            Map.entry("Turkey Standard Time", "Europe/Istanbul"),
            Map.entry("Arabic Standard Time", "Asia/Baghdad"),
            Map.entry("Arab Standard Time", "Asia/Riyadh"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("E. Africa Standard Time", "Africa/Nairobi"),
            Map.entry("Iran Standard Time", "Asia/Tehran"),
            Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("Afghanistan Standard Time", "Asia/Kabul"),
            Map.entry("Pakistan Standard Time", "Asia/Karachi"),
            Map.entry("West Asia Standard Time", "Asia/Tashkent"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("Sri Lanka Standard Time", "Asia/Colombo"),
            Map.entry("Nepal Standard Time", "Asia/Katmandu"),
            Map.entry("Bangladesh Standard Time", "Asia/Dhaka"),
            Map.entry("SE Asia Standard Time", "Asia/Bangkok"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("Taipei Standard Time", "Asia/Taipei"),
            Map.entry("W. Australia Standard Time", "Australia/Perth"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"),
            Map.entry("Cen. Australia Standard Time", "Australia/Adelaide"),
            Map.entry("AUS Central Standard Time", "Australia/Darwin"),
            Map.entry("E. Australia Standard Time", "Australia/Brisbane"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("Tasmania Standard Time", "Australia/Hobart"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
            Map.entry("Tonga Standard Time", "Pacific/Tongatapu"));

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
