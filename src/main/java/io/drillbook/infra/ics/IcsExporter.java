package io.drillbook.infra.ics;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Exports releases, CAB meetings, freezes and backup windows as one iCalendar file that Outlook,
 * Google Calendar and Thunderbird open: recurring entries keep their RRULE, EXDATEs and zone
 * (DTSTART;TZID with the zone's VTIMEZONE from ical4j); our own X-DRILLBOOK-* properties let
 * {@link IcsImporter} read the file back into the same entries.
 */
public final class IcsExporter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public IcsExporter(Clock clock) {
        this.clock = clock;
    }

    public String export(CalendarEntries entries) {
        IcsWriter w = new IcsWriter().line("BEGIN", "VCALENDAR").line("VERSION", "2.0")
                .line("PRODID", "-//Drillbook//Drillbook Calendar//EN").line("CALSCALE", "GREGORIAN");
        zonesOf(entries).forEach(zone -> w.raw(zones.getTimeZone(zone).getVTimeZone().toString()));
        String stamp = UTC.format(clock.instant());
        entries.releases().forEach(r -> release(w, r, stamp));
        entries.cabMeetings().forEach(m -> recurring(w, "cab", m.title(), m.when(), stamp).text("CATEGORIES", "CAB").line("END", "VEVENT"));
        entries.freezes().forEach(f -> freeze(w, f, stamp));
        entries.backupWindows().forEach(b -> window(w, b, stamp));
        return w.line("END", "VCALENDAR").toString();
    }

    private static Set<String> zonesOf(CalendarEntries entries) {
        Set<String> ids = new TreeSet<>();
        entries.cabMeetings().forEach(m -> ids.add(m.when().zone().getId()));
        entries.freezes().forEach(f -> ids.add(f.when().zone().getId()));
        entries.backupWindows().forEach(b -> ids.add(b.when().zone().getId()));
        ids.removeIf(id -> ZoneId.of(id).normalized() instanceof ZoneOffset);
        return ids;
    }

    private static void release(IcsWriter w, Release r, String stamp) {
        w.line("BEGIN", "VEVENT").text("UID", "release-" + r.id() + "@drillbook").line("DTSTAMP", stamp)
                .text("SUMMARY", r.id() + " " + r.title()).line("DTSTART", UTC.format(r.start())).line("DTEND", UTC.format(r.end()))
                .text("CATEGORIES", "Release").line("X-DRILLBOOK-KIND", "release").line("X-DRILLBOOK-ID", r.id())
                .text("X-DRILLBOOK-TITLE", r.title()).line("X-DRILLBOOK-SYSTEMS", String.join(",", r.systems()))
                .line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", r.environments()))
                .line("X-DRILLBOOK-RISK", r.risk().name()).line("X-DRILLBOOK-STATUS", r.status().name());
        if (r.cab() != null) {
            w.text("X-DRILLBOOK-CAB-BY", r.cab().approvedBy()).line("X-DRILLBOOK-CAB-AT", r.cab().approvedAt().toString());
        }
        w.line("END", "VEVENT");
    }

    private static void freeze(IcsWriter w, Freeze f, String stamp) {
        String kind = f.activeRecovery() ? "recovery" : "freeze";
        recurring(w, kind, f.name(), f.when(), stamp).text("CATEGORIES", f.activeRecovery() ? "Active recovery" : "Freeze");
        if (!f.reason().isEmpty()) {
            w.text("DESCRIPTION", f.reason());
        }
        if (!f.environments().isEmpty()) {
            w.line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", f.environments()));
        }
        w.line("END", "VEVENT");
    }

    private static void window(IcsWriter w, BackupWindow b, String stamp) {
        recurring(w, "backup-window", b.name(), b.when(), stamp).text("CATEGORIES", "Backup window")
                .line("X-DRILLBOOK-SYSTEMS", String.join(",", b.systems()));
        if (!b.environments().isEmpty()) {
            w.line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", b.environments()));
        }
        w.line("END", "VEVENT");
    }

    /** Opens a VEVENT with start, duration, RRULE and EXDATE; the caller adds its own lines and END. */
    private static IcsWriter recurring(IcsWriter w, String kind, String name, Recurrence when, String stamp) {
        w.line("BEGIN", "VEVENT").text("UID", kind + "-" + name.replaceAll("[^A-Za-z0-9._-]", "-") + "@drillbook")
                .line("DTSTAMP", stamp).text("SUMMARY", name)
                .line(timeName("DTSTART", when.zone()), local(when.start(), when))
                .line("DURATION", when.duration().toString());
        if (when.isRecurring()) {
            w.line("RRULE", when.rrule());
        }
        if (!when.exdates().isEmpty()) {
            w.line(timeName("EXDATE", when.zone()), when.exdates().stream()
                    .map(d -> local(d, when)).collect(Collectors.joining(",")));
        }
        return w.line("X-DRILLBOOK-KIND", kind);
    }

    private static String timeName(String property, ZoneId zone) {
        return zone.normalized() instanceof ZoneOffset ? property : property + ";TZID=" + zone.getId();
    }

    private static String local(LocalDateTime start, Recurrence when) {
        if (when.zone().normalized() instanceof ZoneOffset) {
            return UTC.format(start.atZone(when.zone()));
        }
        return IcsTimes.DATE_TIME.format(start);
    }
}
