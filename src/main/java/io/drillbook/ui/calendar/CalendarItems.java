package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.Conflict;
import io.drillbook.core.calendar.Occurrence;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.NoteKind;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the entries of a range into {@link CalendarItem}s: releases as they are, recurring entries
 * expanded with the core {@link RecurrenceExpander} for {@code [from, to)} only.
 */
final class CalendarItems {
    static final String CONFLICT_BADGE = "\u26A0 ";

    private CalendarItems() {
    }

    static List<CalendarItem> of(CalendarEntries entries, List<Conflict> conflicts, RecurrenceExpander expander,
                                 Instant from, Instant to) {
        Map<String, List<Conflict>> byRelease = conflicts.stream().collect(Collectors.groupingBy(Conflict::releaseId));
        List<CalendarItem> items = new ArrayList<>();
        entries.releases().forEach(r -> items.add(release(r, byRelease.getOrDefault(r.id(), List.of()))));
        for (BackupWindow w : entries.backupWindows()) {
            occurrences(expander, w.when(), from, to).forEach(o -> items.add(recurring(CalendarKind.BACKUP_WINDOW, w.name(),
                    w.name() + " (" + String.join(", ", w.systems()) + ")", o, w.systems(), w.environments(), w)));
        }
        for (CabMeeting m : entries.cabMeetings()) {
            occurrences(expander, m.when(), from, to).forEach(o -> items.add(recurring(CalendarKind.CAB_MEETING, m.title(),
                    m.title(), o, List.of(), List.of(), m)));
        }
        for (Freeze f : entries.freezes()) {
            CalendarKind kind = f.activeRecovery() ? CalendarKind.RECOVERY : CalendarKind.FREEZE;
            occurrences(expander, f.when(), from, to).forEach(o -> items.add(recurring(kind, f.name(), f.name(), o,
                    List.of(), f.environments(), f)));
        }
        for (CalendarNote n : entries.notes()) {
            CalendarKind kind = n.kind() == NoteKind.MAINTENANCE_WINDOW ? CalendarKind.MAINTENANCE_WINDOW : CalendarKind.EXTERNAL;
            String title = n.systems().isEmpty() ? n.name() : n.name() + " (" + String.join(", ", n.systems()) + ")";
            occurrences(expander, n.when(), from, to).forEach(o -> items.add(recurring(kind, n.name(), title, o,
                    n.systems(), n.environments(), n)));
        }
        return items;
    }

    static CalendarItem release(Release r, List<Conflict> conflicts) {
        List<String> styles = new ArrayList<>(List.of("release", "risk-" + lower(r.risk().name()), "status-" + lower(r.status().name())));
        if (!conflicts.isEmpty()) {
            styles.add("conflict");
        }
        String title = (conflicts.isEmpty() ? "" : CONFLICT_BADGE) + r.id() + " " + r.title();
        return new CalendarItem(CalendarKind.RELEASE, r.id(), "release:" + r.id(), title, r.start(), r.end(),
                r.systems(), r.environments(), styles, conflicts, r);
    }

    private static CalendarItem recurring(CalendarKind kind, String id, String title, Occurrence o, List<String> systems,
                                          List<String> environments, Object source) {
        String key = lower(kind.name()) + ":" + id + "@" + o.start();
        List<String> styles = allDay(source) ? List.of(lower(kind.name()), ALL_DAY) : List.of(lower(kind.name()));
        return new CalendarItem(kind, id, key, title, o.start(), o.end(), systems, environments, styles, List.of(), source);
    }

    /** Style of entries that last whole days (iCalendar VALUE=DATE): shown in the all-day row. */
    static final String ALL_DAY = "all-day";

    private static boolean allDay(Object source) {
        Recurrence when = source instanceof BackupWindow w ? w.when() : source instanceof CabMeeting m ? m.when()
                : source instanceof Freeze f ? f.when() : source instanceof CalendarNote n ? n.when() : null;
        return when != null && when.allDay();
    }

    private static List<Occurrence> occurrences(RecurrenceExpander expander, Recurrence when, Instant from, Instant to) {
        return expander.between(when, from, to);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
