package io.drillbook.infra.ics;

import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * VTIMEZONE blocks as Outlook writes and reads them: one STANDARD and one DAYLIGHT observance,
 * each with a yearly RRULE (BYMONTH, BYDAY like -1SU or 2SU), taken from the zone's current
 * rules; a zone without daylight saving gets one STANDARD. Zones whose rules cannot be written
 * that way fall back to ical4j's full definition.
 */
final class VTimeZoneWriter {
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private VTimeZoneWriter() {
    }

    static void write(IcsWriter w, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.isEmpty() && rules.isFixedOffset() || transitions.isEmpty() && rules.nextTransition(java.time.Instant.now()) == null) {
            ZoneOffset offset = rules.getOffset(java.time.Instant.now());
            w.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId()).line("X-LIC-LOCATION", zone.getId());
            w.line("BEGIN", "STANDARD").line("DTSTART", "19700101T000000").line("TZOFFSETFROM", offset(offset))
                    .line("TZOFFSETTO", offset(offset)).line("TZNAME", name(zone, false)).line("END", "STANDARD");
            w.line("END", "VTIMEZONE");
            return;
        }
        if (transitions.size() != 2 || transitions.stream().anyMatch(r -> byDay(r) == null)) {
            w.raw(REGISTRY.getTimeZone(zone.getId()).getVTimeZone().toString());
            return;
        }
        w.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId()).line("X-LIC-LOCATION", zone.getId());
        for (ZoneOffsetTransitionRule r : transitions) {
            boolean daylight = r.getOffsetAfter().getTotalSeconds() > r.getOffsetBefore().getTotalSeconds();
            String block = daylight ? "DAYLIGHT" : "STANDARD";
            ZoneOffsetTransition first = r.createTransition(1970);
            LocalDateTime localStart = first.getDateTimeBefore();
            w.line("BEGIN", block).line("DTSTART", IcsTimes.DATE_TIME.format(localStart))
                    .line("RRULE", "FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue() + ";BYDAY=" + byDay(r))
                    .line("TZOFFSETFROM", offset(r.getOffsetBefore())).line("TZOFFSETTO", offset(r.getOffsetAfter()))
                    .line("TZNAME", name(zone, daylight)).line("END", block);
        }
        w.line("END", "VTIMEZONE");
    }

    /** "-1SU" for "last Sunday", "2SU" for "second Sunday"; null when the rule is not an nth weekday. */
    private static String byDay(ZoneOffsetTransitionRule r) {
        if (r.getDayOfWeek() == null) {
            return null;
        }
        String day = r.getDayOfWeek().name().substring(0, 2);
        int dom = r.getDayOfMonthIndicator();
        if (dom < 0) {
            return dom == -1 ? "-1" + day : null;
        }
        if ((dom - 1) % 7 == 0) {
            return ((dom - 1) / 7 + 1) + day;
        }
        return dom + 6 == r.getMonth().maxLength() ? "-1" + day : null;
    }

    private static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds();
        int abs = Math.abs(total);
        return String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    }

    private static String name(ZoneId zone, boolean daylight) {
        java.util.TimeZone tz = java.util.TimeZone.getTimeZone(zone);
        return tz.getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.ROOT);
    }
}
