package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Releases of the coming eight weeks, loaded off the JavaFX thread. */
public final class ReleaseAgendaViewModel {
    static final Duration HORIZON = Duration.ofDays(56);

    private final WorkspaceRepository repository;
    private final Clock clock;
    private final TaskRunner runner;
    private final ObservableList<Release> releases = FXCollections.observableArrayList();

    public ReleaseAgendaViewModel(WorkspaceRepository repository, Clock clock, TaskRunner runner) {
        this.repository = repository;
        this.clock = clock;
        this.runner = runner;
    }

    public void load() {
        Instant now = clock.instant();
        BackgroundTask.<List<Release>>of(() -> repository.releasesBetween(now.minus(Duration.ofDays(7)), now.plus(HORIZON)))
                .titled("load releases")
                .onSuccess(releases::setAll)
                .runWith(runner);
    }

    public ObservableList<Release> releases() {
        return releases;
    }
}
