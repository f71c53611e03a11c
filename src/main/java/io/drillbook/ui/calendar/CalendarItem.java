package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.Conflict;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry as the calendar shows it: a release, or one occurrence of a backup window, CAB meeting
 * or freeze, with its style classes and (for releases) the conflicts found for it.
 *
 * @param id     release id or entry name
 * @param key    unique among the shown items (id plus occurrence start for recurring entries)
 * @param source the model record it shows ({@code Release}, {@code BackupWindow}, {@code CabMeeting}, {@code Freeze})
 */
public record CalendarItem(CalendarKind kind, String id, String key, String title, Instant start, Instant end,
                           List<String> systems, List<String> environments, List<String> styleClasses,
                           List<Conflict> conflicts, Object source) {
    public CalendarItem {
        Objects.requireNonNull(kind, "kind");
        systems = List.copyOf(systems);
        environments = List.copyOf(environments);
        styleClasses = List.copyOf(styleClasses);
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** The conflict reasons, one a line, for the badge's tooltip. */
    public String conflictText() {
        return String.join("\n", conflicts.stream().map(Conflict::reason).toList());
    }

    /** True when {@code text} (lower case) is in the id, title, systems or environments. */
    public boolean mentions(String text) {
        String haystack = (id + " " + title + " " + String.join(" ", systems) + " " + String.join(" ", environments))
                .toLowerCase(Locale.ROOT);
        return haystack.contains(text);
    }
}
