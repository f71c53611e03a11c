package io.drillbook.ui.drill;

import io.drillbook.core.drill.BackupCandidates;
import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.model.Backup;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The wizard's backup page: reads the plan and its candidates off the JavaFX thread (the inventory,
 * or a fresh listing of the plan's S3 prefix, whose progress {@link #statusProperty()} shows), then
 * rows with age against the RPO, size and verified mark. A failed listing leaves no rows and says why.
 */
public final class DrillBackupsModel {
    private final DrillWizardServices services;
    private final TaskRunner runner;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BackupCandidates candidates;
    private CancellationToken cancel = CancellationToken.none();

    DrillBackupsModel(DrillWizardServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** Parsed plan and candidates, read together so the rows always belong to the plan shown. */
    private record Loaded(DrillPlan plan, BackupCandidates candidates, List<Backup> backups) {
    }

    /** Reads plan {@code planName} and lists its candidates; {@code onPlan} gets the parsed plan first. */
    void load(String planName, Duration rpo, Consumer<DrillPlan> onPlan, Consumer<Throwable> onFailure) {
        cancel.cancel();
        CancellationToken token = new CancellationToken();
        cancel = token;
        rows.clear();
        chosen.set(null);
        candidates = null;
        status.set("Reading plan '" + planName + "'...");
        BackgroundTask.of(() -> read(planName, token)).titled("list backups")
                .onSuccess(loaded -> {
                    if (token.isCancelled()) {
                        return;
                    }
                    onPlan.accept(loaded.plan());
                    candidates = loaded.candidates();
                    rows.setAll(loaded.backups().stream().map(b -> row(b, rpo)).toList());
                    status.set(summary(loaded));
                })
                .onFailure(e -> {
                    if (!token.isCancelled()) {
                        status.set("Could not list the backups.");
                        onFailure.accept(e);
                    }
                }).runWith(runner);
    }

    private Loaded read(String planName, CancellationToken token) {
        DrillPlan plan = services.plans().plan(planName)
                .orElseThrow(() -> new IllegalStateException("plan '" + planName + "' was removed"));
        ProgressListener progress = (done, total, message) -> services.fxThread().accept(() -> {
            if (!token.isCancelled()) {
                status.set(done == 0 ? message + "..." : "Listing: " + done + " objects so far...");
            }
        });
        BackupCandidates found = services.backups().candidates(plan, progress, token);
        return new Loaded(plan, found, found.newest());
    }

    private static String summary(Loaded loaded) {
        int n = loaded.backups().size();
        String where = n + (n == 1 ? " backup" : " backups") + " of " + loaded.plan().systemEnv() + " in "
                + loaded.candidates().origin();
        return n == 0 ? "No succeeded backup: " + where + loaded.candidates().explanation() : where;
    }

    private BackupRow row(Backup b, Duration rpo) {
        Duration age = b.ageAt(services.clock().instant());
        return new BackupRow(b, age, rpo == null ? null : age.compareTo(rpo) <= 0);
    }

    /** The chosen row as the run records it: where it came from and that the operator chose it. */
    BackupChoice choice() {
        BackupRow row = chosen.get();
        return BackupChoice.of(candidates, row.backup(), "chosen by " + services.operator(), rows.size());
    }

    void reset() {
        cancel.cancel();
        rows.clear();
        chosen.set(null);
        status.set("");
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> chosenProperty() {
        return chosen;
    }

    /** What is being read or listed now, then where the rows came from (or why there are none). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
