package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.Conflict;
import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.ConcurrentChangeException;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Saving, moving and undoing releases, always through {@code WorkspaceService.saveRelease} (evidence,
 * optimistic locking). A move is re-checked against the stored calendar before it is saved and
 * refused when it has placement conflicts ({@link PlacementCheck}); undo restores the release as it
 * was before the last move or edit.
 */
public final class ReleaseCommands {
    private static final Duration AROUND = Duration.ofDays(1);

    private final CalendarServices services;
    private final TaskRunner runner;
    private final PlacementCheck placement;
    private final CalendarViewModel calendar;
    private final ReleaseUndo undo = new ReleaseUndo();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ConcurrentEdit> concurrentEdit = new SimpleObjectProperty<>();
    private ZoneId zone = ZoneId.systemDefault();

    private record Saved(Release before, Release after, List<Conflict> refusedFor) {
        boolean refused() {
            return !refusedFor.isEmpty();
        }
    }

    ReleaseCommands(CalendarServices services, TaskRunner runner, PlacementCheck placement, CalendarViewModel calendar) {
        this.services = services;
        this.runner = runner;
        this.placement = placement;
        this.calendar = calendar;
    }

    /** The zone messages show times in. */
    public void useZone(ZoneId value) {
        this.zone = value;
    }

    /** Saves a created or edited release; {@code isNew} refuses to overwrite an existing id. */
    public void save(Release edited, boolean isNew) {
        BackgroundTask.of(() -> store(edited, isNew))
                .titled("save release " + edited.id())
                .onSuccess(s -> saved(s, (s.before() == null ? "Created " : "Saved ") + edited.id()))
                .onFailure(e -> failed(edited, e))
                .runWith(runner);
    }

    /** Moves (or resizes) a release to {@code [start, end)} unless that clashes; the calendar reloads either way. */
    public void move(String releaseId, Instant start, Instant end) {
        Optional<Release> current = calendar.loadedRelease(releaseId);
        if (current.isEmpty() || !end.isAfter(start)) {
            calendar.messageProperty().set("Cannot move " + releaseId + " there");
            calendar.refresh();
            return;
        }
        Release moved = current.get().movedTo(start, end);
        BackgroundTask.of(() -> checkAndStore(moved))
                .titled("move release " + releaseId)
                .onSuccess(s -> saved(s, "Moved " + releaseId + " to " + Formats.dateTime(start, zone)))
                .onFailure(e -> failed(moved, e))
                .runWith(runner);
    }

    /** Restores the release changed last to how it was before that change. */
    public void undo() {
        Optional<Release> previous = undo.pop();
        canUndo.set(!undo.isEmpty());
        if (previous.isEmpty()) {
            calendar.messageProperty().set("Nothing to undo");
            return;
        }
        Release before = previous.get();
        BackgroundTask.of(() -> {
            long version = services.workspace().release(before.id()).map(Release::version).orElse(0L);
            return services.workspaceService().saveRelease(before.withVersion(version));
        }).titled("undo " + before.id())
                .onSuccess(r -> {
                    calendar.messageProperty().set("Undone: " + r.id() + " is back at " + Formats.dateTime(r.start(), zone));
                    calendar.refresh();
                })
                .onFailure(e -> failed(before, e))
                .runWith(runner);
    }

    private Saved store(Release edited, boolean isNew) {
        Release before = services.workspace().release(edited.id()).orElse(null);
        if (isNew && before != null) {
            throw new IllegalArgumentException("a release with id " + edited.id() + " already exists");
        }
        return new Saved(before, services.workspaceService().saveRelease(edited), List.of());
    }

    private Saved checkAndStore(Release moved) {
        CalendarEntries around = CalendarEntries.of(services.workspace(), moved.start().minus(AROUND), moved.end().plus(AROUND));
        List<Conflict> blocking = placement.placementConflictsOf(moved, around);
        if (!blocking.isEmpty()) {
            return new Saved(null, moved, blocking);
        }
        Release before = services.workspace().release(moved.id()).orElse(null);
        return new Saved(before, services.workspaceService().saveRelease(moved), List.of());
    }

    private void saved(Saved s, String text) {
        if (s.refused()) {
            calendar.messageProperty().set("Move refused: " + s.refusedFor().get(0).reason()
                    + (s.refusedFor().size() > 1 ? " (and " + (s.refusedFor().size() - 1) + " more)" : ""));
        } else {
            if (s.before() != null) {
                undo.remember(s.before());
                canUndo.set(true);
            }
            calendar.messageProperty().set(text);
        }
        calendar.refresh();
    }

    private void failed(Release mine, Throwable e) {
        if (e instanceof ConcurrentChangeException cce && cce.current() instanceof Release theirs) {
            concurrentEdit.set(new ConcurrentEdit(mine, theirs));
            calendar.messageProperty().set(mine.id() + " was changed by someone else meanwhile; nothing saved");
        } else {
            calendar.messageProperty().set("Could not save " + mine.id() + ": " + e.getMessage());
        }
        calendar.refresh();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ObjectProperty<ConcurrentEdit> concurrentEditProperty() {
        return concurrentEdit;
    }
}
