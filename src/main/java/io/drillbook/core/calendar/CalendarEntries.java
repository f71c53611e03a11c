package io.drillbook.core.calendar;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.util.List;

/**
 * The calendar's entries, as read from the workspace or an ICS file. {@code notes} (maintenance
 * windows, external entries) are shown and never block a gate.
 */
public record CalendarEntries(List<BackupWindow> backupWindows, List<CabMeeting> cabMeetings,
                              List<Freeze> freezes, List<Release> releases, List<CalendarNote> notes) {

    public CalendarEntries(List<BackupWindow> backupWindows, List<CabMeeting> cabMeetings, List<Freeze> freezes,
                           List<Release> releases) {
        this(backupWindows, cabMeetings, freezes, releases, List.of());
    }

    public CalendarEntries {
        notes = notes == null ? List.of() : List.copyOf(notes);
        backupWindows = List.copyOf(backupWindows);
        cabMeetings = List.copyOf(cabMeetings);
        freezes = List.copyOf(freezes);
        releases = List.copyOf(releases);
    }

    /** The recurring entries of the workspace and its releases overlapping {@code [from, to)}. */
    public static CalendarEntries of(WorkspaceRepository workspace, Instant from, Instant to) {
        return new CalendarEntries(workspace.backupWindows(), workspace.cabMeetings(), workspace.freezes(),
                workspace.releasesBetween(from, to), workspace.calendarNotes());
    }

    public int size() {
        return backupWindows.size() + cabMeetings.size() + freezes.size() + releases.size() + notes.size();
    }
}
