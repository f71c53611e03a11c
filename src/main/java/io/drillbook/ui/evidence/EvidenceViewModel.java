package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The newest evidence events, a text filter, and the chain check's result. */
public final class EvidenceViewModel {
    static final int LIMIT = 500;

    private final EvidenceLog log;
    private final TaskRunner runner;
    private final ObservableList<EvidenceEvent> events = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty chainStatus = new SimpleStringProperty("Chain not checked yet");
    private final javafx.beans.property.BooleanProperty chainBroken = new javafx.beans.property.SimpleBooleanProperty(false);

    public EvidenceViewModel(EvidenceLog log, TaskRunner runner) {
        this.log = log;
        this.runner = runner;
    }

    public void load() {
        String text = filter.get();
        BackgroundTask.<List<EvidenceEvent>>of(() -> log.repository().find(EvidenceQuery.all(LIMIT).withText(text)))
                .titled("load evidence")
                .onSuccess(events::setAll)
                .runWith(runner);
    }

    public void verifyChain() {
        chainStatus.set("Checking the chain…");
        BackgroundTask.<ChainVerification>of(log::verify)
                .titled("verify evidence chain")
                .onSuccess(v -> {
                    chainBroken.set(!v.isIntact());
                    chainStatus.set(v.isIntact() ? "Chain intact: " + v.checked() + " events, head " + v.headHash().substring(0, 12) + "…"
                            : "Chain BROKEN at event " + v.brokenAt() + ": " + v.problem());
                })
                .onFailure(e -> chainStatus.set("Chain check failed: " + e.getMessage()))
                .runWith(runner);
    }

    public ObservableList<EvidenceEvent> events() {
        return events;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty chainStatusProperty() {
        return chainStatus;
    }

    public javafx.beans.property.BooleanProperty chainBrokenProperty() {
        return chainBroken;
    }
}
