package io.drillbook.ui.calendar;

import com.calendarfx.view.EntryViewBase;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Gives every entry view the pointer passes over a tooltip: the entry's title, for a release
 * with a conflict badge the reasons, one a line, and for a day's backup windows summarised in the
 * month view each window with its time. Installed lazily, so it works for the entry views
 * of every CalendarFX page without replacing their factories.
 */
final class ConflictTooltips {
    private static final String INSTALLED = "drillbook.tooltip";

    private ConflictTooltips() {
    }

    static void install(Node calendarView) {
        calendarView.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            EntryViewBase<?> view = entryViewAt(e.getPickResult().getIntersectedNode());
            if (view != null && view.getEntry().getUserObject() instanceof CalendarItem item
                    && view.getProperties().get(INSTALLED) != item) {
                view.getProperties().put(INSTALLED, item);
                Tooltip.install(view, new Tooltip(textOf(item)));
            }
        });
    }

    static String textOf(CalendarItem item) {
        if (item.source() instanceof BackupWindowSummary summary) {
            return item.title() + ":\n" + summary.detail();
        }
        return item.hasConflicts() ? item.title() + "\nConflicts:\n" + item.conflictText() : item.title();
    }

    private static EntryViewBase<?> entryViewAt(Node node) {
        Node n = node;
        while (n != null && !(n instanceof EntryViewBase<?>)) {
            n = n.getParent();
        }
        return (EntryViewBase<?>) n;
    }
}
