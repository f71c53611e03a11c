package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.Leftovers;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/**
 * Drill runs that may have left something on their target (interrupted by a crash, cleanup failed,
 * or a failed target kept for investigation), listed when the console starts, and the Clean up
 * command that runs a run's cleanup steps (recorded as evidence).
 */
public final class DrillLeftoversViewModel {
    private final DrillCleanup cleanup;
    private final String operator;
    private final TaskRunner runner;
    private final ObservableList<Leftovers> leftovers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public DrillLeftoversViewModel(DrillCleanup cleanup, String operator, TaskRunner runner) {
        this.cleanup = cleanup;
        this.operator = operator;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.<List<Leftovers>>of(cleanup::pending).titled("list drill leftovers").onSuccess(leftovers::setAll)
                .runWith(runner);
    }

    /** Runs the cleanup steps of {@code run}; the status says how it went and the list is reloaded. */
    public void cleanUp(Leftovers run) {
        if (run == null) {
            return;
        }
        status.set("Cleaning up " + run.runId() + " on " + run.cleanup().targetProfile() + "...");
        BackgroundTask.of(() -> cleanup.cleanup(run.runId(), operator, Map.of(), DrillListener.NONE))
                .titled("clean up drill " + run.runId())
                .onSuccess(cleaned -> {
                    status.set(cleaned ? "Cleaned up " + run.runId() : "Cleanup of " + run.runId() + " failed; it stays listed");
                    load();
                })
                .onFailure(e -> status.set("Cleanup of " + run.runId() + " refused: " + e.getMessage()))
                .runWith(runner);
    }

    public ObservableList<Leftovers> leftovers() {
        return leftovers;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Two lines per run for the list: id, plan, target and why; then what the cleanup would remove. */
    public static String describe(Leftovers l) {
        return l.runId() + "  " + l.cleanup().plan() + " on " + l.cleanup().targetProfile() + ": " + l.why()
                + "\n    cleanup runs: " + String.join("; ", l.cleanup().shownCommands());
    }
}
