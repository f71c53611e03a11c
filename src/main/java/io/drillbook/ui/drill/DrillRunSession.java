package io.drillbook.ui.drill;

import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillOrder;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One drill run as the wizard follows it: the runner works on a background thread through the task
 * runner; every step change and output line reaches these properties on the JavaFX thread, after
 * the runner has persisted it. A manual step waits until {@link #confirmManual()}.
 */
public final class DrillRunSession {
    private static final int OUTPUT_LIMIT = 20_000;

    private final DrillWizardServices services;
    private final TaskRunner runner;
    private final ObservableList<StepOutcome> steps = FXCollections.observableArrayList();
    private final StringProperty output = new SimpleStringProperty("");
    private final ObjectProperty<DrillStep> waitingManual = new SimpleObjectProperty<>();
    private final ObjectProperty<DrillResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> startedAt = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private CancellationToken cancel = new CancellationToken();
    private WizardManualGate gate;

    DrillRunSession(DrillWizardServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    void reset() {
        steps.clear();
        output.set("");
        waitingManual.set(null);
        result.set(null);
        startedAt.set(null);
        progress.set(0);
        problem.set("");
    }

    void start(DrillPlan plan, BackupChoice backup) {
        reset();
        cancel = new CancellationToken();
        gate = new WizardManualGate(services.clock(), step -> services.fxThread().accept(() -> waitingManual.set(step)));
        startedAt.set(services.clock().instant());
        DrillOrder order = new DrillOrder(plan, backup, services.operator(), Map.of());
        CancellationToken token = cancel;
        BackgroundTask.of(() -> services.drills().run(order, gate, listener(), token)).titled("drill run")
                .onSuccess(result::set).onFailure(e -> problem.set(e.getMessage())).runWith(runner);
    }

    private DrillListener listener() {
        return new DrillListener() {
            @Override
            public void runStarted(String runId, List<StepOutcome> pending) {
                services.fxThread().accept(() -> steps.setAll(pending));
            }

            @Override
            public void stepChanged(String runId, StepOutcome step) {
                services.fxThread().accept(() -> changed(step));
            }

            @Override
            public void output(String runId, StepOutcome step, OutputChannel channel, String line) {
                services.fxThread().accept(() -> append(step.name() + " | " + line));
            }
        };
    }

    private void changed(StepOutcome step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).index() == step.index()) {
                steps.set(i, step);
            }
        }
        long done = steps.stream().filter(s -> s.state().isFinished()).count();
        progress.set(steps.isEmpty() ? 0 : (double) done / steps.size());
    }

    private void append(String line) {
        String text = output.get() + line + "\n";
        output.set(text.length() > OUTPUT_LIMIT ? text.substring(text.length() - OUTPUT_LIMIT) : text);
    }

    /** The person did the manual step now waiting; recorded in their name with the time. */
    public void confirmManual() {
        if (gate != null && waitingManual.get() != null) {
            gate.confirm(services.operator());
        }
    }

    public void cancel() {
        cancel.cancel();
    }

    public boolean isRunning() {
        return startedAt.get() != null && result.get() == null && problem.get().isEmpty();
    }

    public ObservableList<StepOutcome> steps() {
        return steps;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public ObjectProperty<DrillStep> waitingManualProperty() {
        return waitingManual;
    }

    public ObjectProperty<DrillResult> resultProperty() {
        return result;
    }

    public ObjectProperty<Instant> startedAtProperty() {
        return startedAt;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
