package io.drillbook.infra.ics;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.NoteKind;
import io.drillbook.core.model.OccurrenceOverride;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Exports the calendar as one iCalendar file that Outlook, Google Calendar and Thunderbird open:
 * recurring entries with a local DTSTART and TZID, their zone's VTIMEZONE ({@link VTimeZoneWriter}),
 * RRULE and EXDATEs; changed occurrences as RECURRENCE-ID instances of their series; all-day
 * entries as VALUE=DATE (with Outlook's X-MICROSOFT-CDO-ALLDAYEVENT). Every event carries its kind
 * twice, as {@code X-DRILLBOOK-KIND} and as CATEGORIES, so {@link IcsImporter} reads it back as
 * the same kind; our other X-DRILLBOOK-* properties keep systems, environments and release fields.
 */
public final class IcsExporter implements io.drillbook.core.calendar.CalendarExporter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public IcsExporter(Clock clock) {
        this.clock = clock;
    }

    public String export(CalendarEntries entries) {
        IcsWriter w = new IcsWriter().line("BEGIN", "VCALENDAR").line("VERSION", "2.0")
                .line("PRODID", "-//Drillbook//Drillbook Calendar//EN").line("CALSCALE", "GREGORIAN").line("METHOD", "PUBLISH");
        zonesOf(entries).forEach(zone -> VTimeZoneWriter.write(w, ZoneId.of(zone)));
        String stamp = UTC.format(clock.instant());
        entries.releases().forEach(r -> release(w, r, stamp));
        entries.cabMeetings().forEach(m -> recurring(w, EntryKind.CAB, m.title(), m.when(), stamp, x -> { }));
        entries.freezes().forEach(f -> recurring(w, f.activeRecovery() ? EntryKind.RECOVERY : EntryKind.FREEZE, f.name(), f.when(), stamp,
                x -> freezeLines(x, f)));
        entries.backupWindows().forEach(b -> recurring(w, EntryKind.BACKUP_WINDOW, b.name(), b.when(), stamp, x -> windowLines(x, b)));
        entries.notes().forEach(n -> recurring(w, n.kind() == NoteKind.MAINTENANCE_WINDOW ? EntryKind.MAINTENANCE_WINDOW : EntryKind.EXTERNAL,
                n.name(), n.when(), stamp, x -> noteLines(x, n)));
        return w.line("END", "VCALENDAR").toString();
    }

    private static Set<String> zonesOf(CalendarEntries entries) {
        Set<String> ids = new TreeSet<>();
        entries.cabMeetings().forEach(m -> ids.add(m.when().zone().getId()));
        entries.freezes().forEach(f -> ids.add(f.when().zone().getId()));
        entries.backupWindows().forEach(b -> ids.add(b.when().zone().getId()));
        entries.notes().forEach(n -> ids.add(n.when().zone().getId()));
        ids.removeIf(id -> ZoneId.of(id).normalized() instanceof ZoneOffset);
        return ids;
    }

    private static void release(IcsWriter w, Release r, String stamp) {
        w.line("BEGIN", "VEVENT").text("UID", "release-" + r.id() + "@drillbook").line("DTSTAMP", stamp)
                .text("SUMMARY", r.id() + " " + r.title()).line("DTSTART", UTC.format(r.start())).line("DTEND", UTC.format(r.end()))
                .text("CATEGORIES", EntryKind.RELEASE.label()).line("X-DRILLBOOK-KIND", EntryKind.RELEASE.token()).line("X-DRILLBOOK-ID", r.id())
                .text("X-DRILLBOOK-TITLE", r.title()).line("X-DRILLBOOK-SYSTEMS", String.join(",", r.systems()))
                .line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", r.environments()))
                .line("X-DRILLBOOK-RISK", r.risk().name()).line("X-DRILLBOOK-STATUS", r.status().name());
        if (r.cab() != null) {
            w.text("X-DRILLBOOK-CAB-BY", r.cab().approvedBy()).line("X-DRILLBOOK-CAB-AT", r.cab().approvedAt().toString());
        }
        w.line("END", "VEVENT");
    }

    private static void freezeLines(IcsWriter w, Freeze f) {
        if (!f.reason().isEmpty()) {
            w.text("DESCRIPTION", f.reason());
        }
        if (!f.environments().isEmpty()) {
            w.line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", f.environments()));
        }
    }

    private static void windowLines(IcsWriter w, BackupWindow b) {
        w.line("X-DRILLBOOK-SYSTEMS", String.join(",", b.systems()));
        if (!b.environments().isEmpty()) {
            w.line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", b.environments()));
        }
    }

    private static void noteLines(IcsWriter w, CalendarNote n) {
        if (!n.description().isEmpty()) {
            w.text("DESCRIPTION", n.description());
        }
        if (!n.systems().isEmpty()) {
            w.line("X-DRILLBOOK-SYSTEMS", String.join(",", n.systems()));
        }
        if (!n.environments().isEmpty()) {
            w.line("X-DRILLBOOK-ENVIRONMENTS", String.join(",", n.environments()));
        }
    }

    /** The series' VEVENT, then one VEVENT per changed occurrence with the same UID and a RECURRENCE-ID. */
    private static void recurring(IcsWriter w, EntryKind kind, String name, Recurrence when, String stamp, Consumer<IcsWriter> own) {
        String uid = kind.token() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "-") + "@drillbook";
        w.line("BEGIN", "VEVENT").text("UID", uid).line("DTSTAMP", stamp).text("SUMMARY", name);
        times(w, when, when.start(), when.duration());
        if (when.isRecurring()) {
            w.line("RRULE", when.rrule());
        }
        if (!when.exdates().isEmpty()) {
            w.line(timeName("EXDATE", when), when.exdates().stream().map(d -> value(d, when)).collect(Collectors.joining(",")));
        }
        kindLines(w, kind);
        own.accept(w);
        w.line("END", "VEVENT");
        for (OccurrenceOverride o : when.overrides()) {
            w.line("BEGIN", "VEVENT").text("UID", uid).line("DTSTAMP", stamp)
                    .line(timeName("RECURRENCE-ID", when), value(o.recurrenceId(), when))
                    .text("SUMMARY", o.title().isEmpty() ? name : o.title());
            times(w, when, o.start(), o.duration());
            kindLines(w, kind);
            own.accept(w);
            w.line("END", "VEVENT");
        }
    }

    private static void kindLines(IcsWriter w, EntryKind kind) {
        w.text("CATEGORIES", kind.label()).line("X-DRILLBOOK-KIND", kind.token());
    }

    /** DTSTART and DTEND (all day: VALUE=DATE dates) or DTSTART and DURATION. */
    private static void times(IcsWriter w, Recurrence when, LocalDateTime start, Duration duration) {
        w.line(timeName("DTSTART", when), value(start, when));
        if (when.allDay()) {
            w.line("DTEND;VALUE=DATE", IcsTimes.DATE.format(start.plus(duration)));
            w.line("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE").line("X-DRILLBOOK-ZONE", when.zone().getId());
        } else {
            w.line("DURATION", duration.toString());
        }
    }

    private static String timeName(String property, Recurrence when) {
        if (when.allDay()) {
            return property + ";VALUE=DATE";
        }
        return when.zone().normalized() instanceof ZoneOffset ? property : property + ";TZID=" + when.zone().getId();
    }

    private static String value(LocalDateTime local, Recurrence when) {
        if (when.allDay()) {
            return IcsTimes.DATE.format(local);
        }
        if (when.zone().normalized() instanceof ZoneOffset) {
            return UTC.format(local.atZone(when.zone()));
        }
        return IcsTimes.DATE_TIME.format(local);
    }
}
