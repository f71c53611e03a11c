package io.drillbook.ui.playbook;

import io.drillbook.ui.common.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The run history of the playbook shown on the Playbooks screen, and one past run opened as a timeline. */
public final class PlaybookHistoryViewModel {
    static final int LIMIT = 50;

    private final PlaybookServices services;
    final ObservableList<PastRunRow> runs = FXCollections.observableArrayList();
    final ObjectProperty<PastRun> opened = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    private String playbook;

    PlaybookHistoryViewModel(PlaybookServices services) {
        this.services = services;
    }

    /** Lists the runs of {@code name}, newest first, and closes a run opened from another playbook. */
    void load(String name) {
        if (!name.equals(playbook)) {
            opened.set(null);
        }
        playbook = name;
        message.set("");
        BackgroundTask.<List<PastRunRow>>of(() -> services.history().runsOf(name, LIMIT).stream()
                        .map(r -> PastRunRow.of(r, services.zone())).toList())
                .titled("load runs of " + name)
                .onSuccess(rows -> {
                    if (name.equals(playbook)) {
                        runs.setAll(rows);
                    }
                })
                .onFailure(e -> message.set("Cannot list the runs of " + name + ": " + e.getMessage()))
                .runWith(services.tasks());
    }

    /** Opens the past run {@code runId}: its steps, timeline and evidence. */
    void open(String runId) {
        message.set("");
        BackgroundTask.of(() -> services.history().details(runId)).titled("open playbook run " + runId)
                .onSuccess(found -> found.ifPresentOrElse(d -> opened.set(PastRun.of(d, services.zone())),
                        () -> message.set("No playbook run " + runId)))
                .onFailure(e -> message.set("Cannot read run " + runId + ": " + e.getMessage()))
                .runWith(services.tasks());
    }

    /** Back from a past run to the playbook's start form and history. */
    void close() {
        opened.set(null);
    }

    /** Forgets the playbook (another part of the screen, such as an interrupted run, took the detail pane). */
    void clear() {
        playbook = null;
        opened.set(null);
        runs.clear();
    }

    /** Public for other screens' view-model tests: the rows listed now. */
    public List<PastRunRow> rows() {
        return List.copyOf(runs);
    }

    public PastRun openedRun() {
        return opened.get();
    }
}
