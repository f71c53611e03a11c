package io.drillbook.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DraggedEntry;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Connects the view-model to CalendarFX: one {@link Calendar} per {@link CalendarKind} with its
 * style, entries rebuilt from the visible items, ranges asked for with {@link LoadEvent}, release
 * drops handed to {@link ReleaseCommands#move}, live conflict feedback while dragging.
 */
final class CalendarFxBridge {
    private final CalendarViewModel model;
    private final CalendarView view;
    private final ZoneId zone;
    private final Map<CalendarKind, Calendar<CalendarItem>> calendars = new EnumMap<>(CalendarKind.class);
    private final DragFeedback dragFeedback;
    private boolean syncing;

    CalendarFxBridge(CalendarViewModel model, CalendarView view, ZoneId zone) {
        this.model = model;
        this.view = view;
        this.zone = zone;
        this.dragFeedback = new DragFeedback(model);
        CalendarSource source = new CalendarSource("Drillbook");
        for (CalendarKind kind : CalendarKind.values()) {
            Calendar<CalendarItem> calendar = new Calendar<>(kind.title());
            calendar.setStyle(kind.style());
            calendar.setReadOnly(kind != CalendarKind.RELEASE);
            calendars.put(kind, calendar);
            source.getCalendars().add(calendar);
        }
        view.getCalendarSources().setAll(source);
        view.addEventHandler(LoadEvent.LOAD, e -> model.showRange(e.getStartTime().toInstant(), e.getEndTime().toInstant()));
        model.visibleItems().addListener((ListChangeListener<CalendarItem>) c -> sync());
        view.selectedPageProperty().addListener((o, old, page) -> sync());
        calendars.get(CalendarKind.RELEASE).addEventHandler(this::releaseChanged);
        view.draggedEntryProperty().addListener((o, old, dragged) -> dragFeedback.follow(dragged));
        view.getSelections().addListener((javafx.collections.SetChangeListener<Entry<?>>) c -> selectionChanged());
        ConflictTooltips.install(view);
    }

    /** Double-click on an empty slot: {@code onCreate} gets the time; no CalendarFX entry is created. */
    void onCreateAt(Consumer<ZonedDateTime> onCreate) {
        view.setEntryFactory(p -> {
            onCreate.accept(p.getZonedDateTime());
            return null;
        });
    }

    /** Double-click on an entry: {@code onOpen} gets its item. */
    void onOpen(Consumer<CalendarItem> onOpen) {
        view.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof CalendarItem item && item.source() instanceof BackupWindowSummary summary) {
                view.setDate(summary.day());
                view.showDayPage();
            } else if (p.getEntry().getUserObject() instanceof CalendarItem item) {
                onOpen.accept(item);
            }
            return true;
        });
        view.setEntryContextMenuCallback(p -> {
            javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem("Edit…");
            edit.setOnAction(e -> {
                if (p.getEntry().getUserObject() instanceof CalendarItem item && !(item.source() instanceof BackupWindowSummary)) {
                    onOpen.accept(item);
                }
            });
            return new javafx.scene.control.ContextMenu(edit);
        });
    }

    private void sync() {
        syncing = true;
        try {
            Map<CalendarKind, List<Entry<?>>> byKind = new EnumMap<>(CalendarKind.class);
            calendars.keySet().forEach(k -> byKind.put(k, new ArrayList<>()));
            shownItems().forEach(item -> byKind.get(item.kind()).add(entryOf(item)));
            calendars.forEach((kind, calendar) -> {
                calendar.startBatchUpdates();
                calendar.clear();
                calendar.addEntries(byKind.get(kind));
                calendar.stopBatchUpdates();
            });
        } finally {
            syncing = false;
        }
    }

    /** The visible items; in the month view a day's backup windows as one summary, so they leave room for the rest. */
    private List<CalendarItem> shownItems() {
        return view.getSelectedPage() == CalendarView.Page.MONTH
                ? BackupWindowSummary.summarise(model.visibleItems(), zone) : model.visibleItems();
    }

    Entry<CalendarItem> entryOf(CalendarItem item) {
        Entry<CalendarItem> entry = new Entry<>(item.title(), new Interval(item.start(), item.end(), zone), item.key());
        entry.setUserObject(item);
        entry.getStyleClass().addAll(item.styleClasses());
        entry.setFullDay(item.styleClasses().contains(CalendarItems.ALL_DAY));
        if (item.hasConflicts()) {
            entry.setLocation(item.conflicts().size() + " conflict" + (item.conflicts().size() == 1 ? "" : "s"));
        }
        return entry;
    }

    private void releaseChanged(CalendarEvent event) {
        if (!syncing && event.isEntryRemoved()) {
            model.refresh(); // releases are not deleted from the calendar: put it back
            return;
        }
        if (syncing || event.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED
                || !(event.getEntry().getUserObject() instanceof CalendarItem item)) {
            return;
        }
        Instant start = event.getEntry().getStartAsZonedDateTime().toInstant();
        Instant end = event.getEntry().getEndAsZonedDateTime().toInstant();
        model.commands().move(item.id(), start, end);
    }

    private void selectionChanged() {
        model.select(view.getSelections().stream()
                .map(Entry::getUserObject)
                .filter(o -> o instanceof CalendarItem i && i.kind() == CalendarKind.RELEASE)
                .map(o -> ((CalendarItem) o).id())
                .findFirst().orElse(null));
    }

    Calendar<CalendarItem> calendar(CalendarKind kind) {
        return calendars.get(kind);
    }

    /** While a release is dragged: its would-be conflicts in the status message, and a "conflict" style on the ghost. */
    private static final class DragFeedback {
        private final CalendarViewModel model;
        private final InvalidationListener onMove;
        private DraggedEntry current;

        DragFeedback(CalendarViewModel model) {
            this.model = model;
            this.onMove = o -> check();
        }

        void follow(DraggedEntry dragged) {
            if (current != null) {
                current.intervalProperty().removeListener(onMove);
            }
            current = dragged;
            if (dragged != null && dragged.getOriginalEntry().getUserObject() instanceof CalendarItem i && i.kind() == CalendarKind.RELEASE) {
                dragged.intervalProperty().addListener(onMove);
            }
        }

        private void check() {
            CalendarItem item = (CalendarItem) current.getOriginalEntry().getUserObject();
            var clashes = model.previewPlacement(item.id(), current.getStartAsZonedDateTime().toInstant(),
                    current.getEndAsZonedDateTime().toInstant());
            current.getStyleClass().remove("conflict");
            if (clashes.isEmpty()) {
                model.messageProperty().set("Drop here: no conflicts");
            } else {
                current.getStyleClass().add("conflict");
                model.messageProperty().set("Drop refused here: " + clashes.get(0).reason());
            }
        }
    }
}
