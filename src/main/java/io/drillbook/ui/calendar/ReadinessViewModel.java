package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.FreeSlotFinder;
import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readiness panel of the selected release: every gate for every system and environment it
 * touches (after waivers), a waiver through {@code GateService.waive}, and the next free slots
 * ({@link FreeSlotFinder}) it can be moved to.
 */
public final class ReadinessViewModel {
    static final int SLOTS = 5;

    private final CalendarViewModel calendar;
    private final CalendarServices services;
    private final TaskRunner runner;
    private final FreeSlotFinder slotFinder;
    private final ObservableList<GateResult> gates = FXCollections.observableArrayList();
    private final ObservableList<FreeSlotFinder.Slot> slots = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("Select a release to see its gates.");

    public ReadinessViewModel(CalendarViewModel calendar, TaskRunner runner) {
        this.calendar = calendar;
        this.services = calendar.services();
        this.runner = runner;
        this.slotFinder = new FreeSlotFinder(services.expander(), Duration.ofMinutes(15));
        calendar.selectedReleaseProperty().addListener((o, old, now) -> {
            slots.clear();
            evaluate();
        });
    }

    public Optional<Release> release() {
        return Optional.ofNullable(calendar.selectedReleaseProperty().get());
    }

    /** Judges every target of the selected release now; each decision is recorded as evidence by the gate service. */
    public void evaluate() {
        Optional<Release> selected = release();
        if (selected.isEmpty()) {
            gates.clear();
            verdict.set("Select a release to see its gates.");
            return;
        }
        Release r = selected.get();
        BackgroundTask.of(() -> decide(r))
                .titled("gates of " + r.id())
                .onSuccess(decisions -> show(r, decisions))
                .onFailure(e -> verdict.set("Could not judge " + r.id() + ": " + e.getMessage()))
                .runWith(runner);
    }

    private List<GateDecision> decide(Release r) {
        List<GateDecision> decisions = new ArrayList<>();
        for (SystemEnv target : r.targets()) {
            decisions.add(services.gates().evaluate(target, Optional.of(r.id()), Optional.empty()));
        }
        return decisions;
    }

    private void show(Release r, List<GateDecision> decisions) {
        gates.setAll(decisions.stream().flatMap(d -> d.results().stream()).toList());
        boolean go = decisions.stream().allMatch(GateDecision::go);
        verdict.set(r.id() + ": " + (go ? "GO" : "NO-GO") + " (" + gates.stream().filter(g -> !g.status().allowsGo()).count()
                + " gate(s) not passed)");
    }

    /** Waives {@code gate} for the selected release on its target, by a named person, until {@code expiresAt}. */
    public void waive(GateResult gate, String by, String reason, Instant expiresAt) {
        Release r = release().orElseThrow();
        BackgroundTask.of(() -> services.gates().waive(gate.gate(), gate.target(), r.id(), by, reason, expiresAt))
                .titled("waive " + gate.gate())
                .onSuccess(w -> evaluate())
                .onFailure(e -> verdict.set("Waiver refused: " + e.getMessage()))
                .runWith(runner);
    }

    /** Finds the next free slots of the release's length, from its current start (or now, if that is past). */
    public void findFreeSlots() {
        Release r = release().orElseThrow();
        Instant now = services.clock().instant();
        Instant from = r.start().isAfter(now) ? r.start() : now;
        Duration length = Duration.between(r.start(), r.end());
        BackgroundTask.of(() -> {
            CalendarEntries all = CalendarEntries.of(services.workspace(), from, from.plus(FreeSlotFinder.HORIZON).plus(length));
            CalendarEntries others = new CalendarEntries(all.backupWindows(), all.cabMeetings(), all.freezes(),
                    all.releases().stream().filter(x -> !x.id().equals(r.id())).toList());
            return slotFinder.find(length, r.targets(), from, SLOTS, Optional.empty(), others);
        }).titled("free slots for " + r.id())
                .onSuccess(slots::setAll)
                .onFailure(e -> verdict.set("Could not search free slots: " + e.getMessage()))
                .runWith(runner);
    }

    /** Moves the selected release to {@code slot} (re-checked before it is saved, undoable). */
    public void moveTo(FreeSlotFinder.Slot slot) {
        release().ifPresent(r -> calendar.commands().move(r.id(), slot.start(), slot.end()));
        slots.clear();
    }

    public ObservableList<GateResult> gates() {
        return gates;
    }

    public ObservableList<FreeSlotFinder.Slot> slots() {
        return slots;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
