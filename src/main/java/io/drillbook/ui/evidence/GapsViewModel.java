package io.drillbook.ui.evidence;

import io.drillbook.core.report.GapRegister;
import io.drillbook.core.report.GapRegister.TrackedGap;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The gaps drills and playbook runs found, and their status changes (each one evidence). */
public final class GapsViewModel {
    private final GapRegister register;
    private final TaskRunner runner;
    private final ObservableList<TrackedGap> gaps = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public GapsViewModel(GapRegister register, TaskRunner runner) {
        this.register = register;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.<List<TrackedGap>>of(register::all).titled("load gaps").onSuccess(gaps::setAll)
                .onFailure(e -> message.set("Cannot load gaps: " + e.getMessage())).runWith(runner);
    }

    public void markInProgress(TrackedGap gap, String note) {
        BackgroundTask.of(() -> {
            register.markInProgress(gap, note);
            return register.all();
        }).titled("update gap").onSuccess(all -> {
            gaps.setAll(all);
            message.set("Gap " + gap.gap().seq() + " is in progress");
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public void close(TrackedGap gap, String note) {
        if (note == null || note.isBlank()) {
            message.set("Say how the gap was closed before closing it");
            return;
        }
        BackgroundTask.of(() -> {
            register.close(gap, note);
            return register.all();
        }).titled("close gap").onSuccess(all -> {
            gaps.setAll(all);
            message.set("Gap " + gap.gap().seq() + " closed");
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public ObservableList<TrackedGap> gaps() {
        return gaps;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
