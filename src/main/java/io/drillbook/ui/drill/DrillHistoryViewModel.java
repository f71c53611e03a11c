package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Function;

/** The most recent restore drills. */
public final class DrillHistoryViewModel {
    private final DrillRunRepository repository;
    private final TaskRunner runner;
    private final ObservableList<DrillSummary> drills = FXCollections.observableArrayList();
    private final Function<DrillSummary, RtoVerdict> verdicts;

    public DrillHistoryViewModel(DrillRunRepository repository, TaskRunner runner) {
        this(repository, runner, d -> RtoVerdict.of(d, null));
    }

    /** @param verdicts a drill's RTO verdict under the policy in force when it ran */
    public DrillHistoryViewModel(DrillRunRepository repository, TaskRunner runner, Function<DrillSummary, RtoVerdict> verdicts) {
        this.repository = repository;
        this.runner = runner;
        this.verdicts = verdicts;
    }

    /** "within RTO", "RTO missed", "RTO not demonstrated" (any drill that did not pass), or "no RTO to compare with". */
    public String rto(DrillSummary drill) {
        return verdicts.apply(drill).label();
    }

    /** The verdict's tone for the list's badge: met, missed, not demonstrated, unknown. */
    public io.drillbook.ui.common.StatusTone rtoTone(DrillSummary drill) {
        return io.drillbook.ui.common.StatusTone.of(verdicts.apply(drill));
    }

    public void load() {
        BackgroundTask.<List<DrillSummary>>of(() -> repository.recent(200)).titled("load drills").onSuccess(drills::setAll).runWith(runner);
    }

    public ObservableList<DrillSummary> drills() {
        return drills;
    }
}
