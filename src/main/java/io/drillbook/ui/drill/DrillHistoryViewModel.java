package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.ports.DrillRunRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The most recent restore drills. */
public final class DrillHistoryViewModel {
    private final DrillRunRepository repository;
    private final TaskRunner runner;
    private final ObservableList<DrillSummary> drills = FXCollections.observableArrayList();

    public DrillHistoryViewModel(DrillRunRepository repository, TaskRunner runner) {
        this.repository = repository;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.<List<DrillSummary>>of(() -> repository.recent(200)).titled("load drills").onSuccess(drills::setAll).runWith(runner);
    }

    public ObservableList<DrillSummary> drills() {
        return drills;
    }
}
