package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.CalendarIndex;
import io.drillbook.core.calendar.Conflict;
import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.ConflictKind;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.model.Release;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks where a release may be placed. A drop (drag, free-slot move) is refused when the new
 * window clashes with a backup window, freeze, active recovery or another release ("placement
 * conflicts"); CAB conflicts do not block a move, they stay as badges.
 */
final class PlacementCheck {
    static final Set<ConflictKind> PLACEMENT = EnumSet.of(ConflictKind.BACKUP_WINDOW, ConflictKind.FREEZE,
            ConflictKind.ACTIVE_RECOVERY, ConflictKind.RELEASE_OVERLAP);

    private final RecurrenceExpander expander;
    private final ConflictDetector detector;

    PlacementCheck(RecurrenceExpander expander, ConflictDetector detector) {
        this.expander = expander;
        this.detector = detector;
    }

    /** Every conflict of {@code candidate} against {@code calendar} (its own stored version ignored). */
    List<Conflict> conflictsOf(Release candidate, CalendarEntries calendar) {
        List<Release> releases = new ArrayList<>(calendar.releases().stream().filter(r -> !r.id().equals(candidate.id())).toList());
        releases.add(candidate);
        CalendarIndex index = CalendarIndex.build(expander, calendar.backupWindows(), calendar.freezes(), releases,
                candidate.start(), candidate.end());
        return detector.conflictsOf(candidate, index);
    }

    /** Only the conflicts that make a drop refused. */
    List<Conflict> placementConflictsOf(Release candidate, CalendarEntries calendar) {
        return conflictsOf(candidate, calendar).stream().filter(c -> PLACEMENT.contains(c.kind())).toList();
    }
}
