package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.Conflict;
import io.drillbook.core.model.Release;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar's state: entries of the visible range (loaded when the view asks for a range, never
 * more than {@link #MAX_SPAN} at once), filters and search, the selected release, and a status
 * message. Release changes go through {@link ReleaseCommands}.
 */
public final class CalendarViewModel {
    public static final String ALL = "All";
    static final Duration MAX_SPAN = Duration.ofDays(120);

    private final CalendarServices services;
    private final TaskRunner runner;
    private final PlacementCheck placement;
    private final ReleaseCommands commands;
    private final ObservableList<CalendarItem> visibleItems = FXCollections.observableArrayList();
    private final ObservableList<String> systems = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> environments = FXCollections.observableArrayList(ALL);
    private final StringProperty system = new SimpleStringProperty(ALL);
    private final StringProperty environment = new SimpleStringProperty(ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final Map<CalendarKind, BooleanProperty> kindShown = new EnumMap<>(CalendarKind.class);
    private final ObjectProperty<Release> selectedRelease = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private LoadedRange loaded = LoadedRange.NONE;
    private Instant requestedFrom;
    private Instant requestedTo;
    /** Counts loads; a load that finishes after a newer one was asked for is dropped, so a slow small range never replaces a larger newer one. */
    private long loadsAsked;
    private String pendingSelection;

    public CalendarViewModel(CalendarServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        this.placement = new PlacementCheck(services.expander(), services.conflicts());
        this.commands = new ReleaseCommands(services, runner, placement, this);
        for (CalendarKind kind : CalendarKind.values()) {
            kindShown.put(kind, new SimpleBooleanProperty(true));
            kindShown.get(kind).addListener((o, a, b) -> applyFilter());
        }
        system.addListener((o, a, b) -> applyFilter());
        environment.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
    }

    /** The view shows {@code [from, to)}: loads it unless the loaded range already covers it. */
    public void showRange(Instant from, Instant to) {
        if (requestedFrom != null && !from.isBefore(requestedFrom) && !to.isAfter(requestedTo)) {
            return;
        }
        boolean extend = requestedFrom != null && Duration.between(min(from, requestedFrom), max(to, requestedTo)).compareTo(MAX_SPAN) <= 0;
        requestedFrom = extend ? min(from, requestedFrom) : from;
        requestedTo = extend ? max(to, requestedTo) : to;
        load(requestedFrom, requestedTo);
    }

    /** Reloads the loaded range (after a change, on F5). */
    public void refresh() {
        if (requestedFrom != null) {
            load(requestedFrom, requestedTo);
        }
    }

    private void load(Instant from, Instant to) {
        long asked = ++loadsAsked;
        BackgroundTask.of(() -> read(from, to))
                .titled("load calendar")
                .onSuccess(range -> {
                    if (asked == loadsAsked) {
                        loaded(range);
                    }
                })
                .onFailure(e -> message.set("Could not load the calendar: " + e.getMessage()))
                .runWith(runner);
    }

    private LoadedRange read(Instant from, Instant to) {
        CalendarEntries entries = CalendarEntries.of(services.workspace(), from, to);
        List<Conflict> conflicts = services.conflicts().detect(entries.releases(), entries.backupWindows(), entries.freezes());
        List<CalendarItem> items = CalendarItems.of(entries, conflicts, services.expander(), from, to);
        Set<String> sys = new TreeSet<>();
        Set<String> envs = new TreeSet<>();
        services.workspace().systems().forEach(s -> sys.add(s.name()));
        services.workspace().policies().forEach(p -> envs.add(p.target().environment()));
        return new LoadedRange(from, to, entries, items, sys, envs);
    }

    private void loaded(LoadedRange range) {
        loaded = range;
        replaceChoices(systems, range.systems());
        replaceChoices(environments, range.environments());
        Release selected = selectedRelease.get();
        if (pendingSelection != null && range.release(pendingSelection).isPresent()) {
            selected = range.release(pendingSelection).get();
            pendingSelection = null;
            selectedRelease.set(selected);
        }
        if (selected != null) {
            selectedRelease.set(range.release(selected.id()).orElse(selected));
        }
        applyFilter();
    }

    private static void replaceChoices(ObservableList<String> list, Set<String> values) {
        if (list.size() != values.size() + 1 || !list.subList(1, list.size()).containsAll(values)) {
            list.setAll(ALL);
            list.addAll(values);
        }
    }

    private void applyFilter() {
        Set<CalendarKind> kinds = EnumSet.noneOf(CalendarKind.class);
        kindShown.forEach((k, shown) -> {
            if (shown.get()) {
                kinds.add(k);
            }
        });
        CalendarFilter filter = new CalendarFilter(system.get(), environment.get(), kinds, search.get());
        visibleItems.setAll(loaded.items().stream().filter(filter::matches).toList());
    }

    /** Conflicts {@code release} would have at {@code [start, end)}, from the loaded entries (for live drag feedback). */
    public List<Conflict> previewPlacement(String releaseId, Instant start, Instant end) {
        Optional<Release> release = loaded.release(releaseId);
        if (release.isEmpty() || !end.isAfter(start)) {
            return List.of();
        }
        return placement.placementConflictsOf(release.get().movedTo(start, end), loaded.entries());
    }

    Optional<Release> loadedRelease(String id) {
        return loaded.release(id);
    }

    /** The entries of the range asked for last (for ICS export of what is on screen). */
    CalendarEntries loadedEntries() {
        return loaded.entries();
    }

    public Optional<CalendarItem> item(String key) {
        return loaded.items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Selects {@code releaseId} now if it is loaded, else as soon as a loaded range holds it. */
    public void selectWhenLoaded(String releaseId) {
        if (loaded.release(releaseId).isPresent()) {
            select(releaseId);
        } else {
            pendingSelection = releaseId;
        }
    }

    public void select(String releaseId) {
        selectedRelease.set(releaseId == null ? null : loaded.release(releaseId).orElse(null));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    public ReleaseCommands commands() {
        return commands;
    }

    public CalendarServices services() {
        return services;
    }

    public ObservableList<CalendarItem> visibleItems() {
        return visibleItems;
    }

    public ObservableList<String> systems() {
        return systems;
    }

    public ObservableList<String> environments() {
        return environments;
    }

    public StringProperty systemProperty() {
        return system;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty kindShownProperty(CalendarKind kind) {
        return kindShown.get(kind);
    }

    public ObjectProperty<Release> selectedReleaseProperty() {
        return selectedRelease;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
