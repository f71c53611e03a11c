package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The most recent restore drills. */
public final class DrillHistoryViewModel {
    private final DrillRunRepository repository;
    private final TaskRunner runner;
    private final ObservableList<DrillSummary> drills = FXCollections.observableArrayList();
    private final Function<DrillSummary, RtoVerdict> verdicts;
    private Map<String, RtoVerdict> loadedVerdicts = Map.of();

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
        return verdictOf(drill).label();
    }

    /** The verdict's tone for the list's badge: met, missed, not demonstrated, unknown. */
    public io.drillbook.ui.common.StatusTone rtoTone(DrillSummary drill) {
        return io.drillbook.ui.common.StatusTone.of(verdictOf(drill));
    }

    /** The verdict worked out when the list was loaded: cells never read the store on the JavaFX thread. */
    private RtoVerdict verdictOf(DrillSummary drill) {
        RtoVerdict known = loadedVerdicts.get(drill.runId());
        return known != null ? known : RtoVerdict.of(drill, null);
    }

    /** Loads the recent drills and their RTO verdicts in the background, then shows them together. */
    public void load() {
        BackgroundTask.<Loaded>of(() -> {
            List<DrillSummary> recent = repository.recent(200);
            Map<String, RtoVerdict> judged = new HashMap<>();
            recent.forEach(d -> judged.put(d.runId(), verdicts.apply(d)));
            return new Loaded(recent, judged);
        }).titled("load drills").onSuccess(loaded -> {
            loadedVerdicts = loaded.verdicts();
            drills.setAll(loaded.drills());
        }).runWith(runner);
    }

    private record Loaded(List<DrillSummary> drills, Map<String, RtoVerdict> verdicts) {
    }

    public ObservableList<DrillSummary> drills() {
        return drills;
    }
}
