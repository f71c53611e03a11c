package io.drillbook.ui.drill;

import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.StoredDrillPlan;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The drill wizard without controls: which page, what is chosen on each, whether Next is allowed,
 * and the run itself ({@link DrillRunSession}). Loading and the preflight run through the task runner.
 */
public final class DrillWizardViewModel {
    private final DrillWizardServices services;
    private final TaskRunner runner;
    private final ObjectProperty<WizardPage> page = new SimpleObjectProperty<>(WizardPage.TARGET);
    private final ObservableList<DrillTargetRow> targets = FXCollections.observableArrayList();
    private final ObjectProperty<DrillTargetRow> target = new SimpleObjectProperty<>();
    private final ObservableList<StoredDrillPlan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<StoredDrillPlan> plan = new SimpleObjectProperty<>();
    private final DrillBackupsModel backups;
    private final ObjectProperty<BackupRow> backup;
    private final ObjectProperty<ConnectionTest> preflight = new SimpleObjectProperty<>();
    private final BooleanProperty disposableConfirmed = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final DrillRunSession session;
    private final DrillGapsModel gaps;
    private DrillPlan parsedPlan;

    public DrillWizardViewModel(DrillWizardServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        this.session = new DrillRunSession(services, runner);
        this.backups = new DrillBackupsModel(services, runner);
        this.backup = backups.chosenProperty();
        this.gaps = new DrillGapsModel(services);
        target.addListener((o, a, b) -> plan.set(null));
        plan.addListener((o, a, b) -> backup.set(null));
        backup.addListener((o, a, b) -> {
            preflight.set(null);
            disposableConfirmed.set(false);
        });
    }

    /** Starts over on the first page and loads the systems. */
    public void start() {
        page.set(WizardPage.TARGET);
        target.set(null);
        session.reset();
        gaps.reset();
        backups.reset();
        BackgroundTask.of(this::targetRows).titled("load drill targets").onSuccess(targets::setAll)
                .onFailure(this::fail).runWith(runner);
    }

    private List<DrillTargetRow> targetRows() {
        Instant now = services.clock().instant();
        return services.workspace().policies().stream()
                .filter(p -> !p.effectiveFrom().isAfter(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .collect(java.util.stream.Collectors.toMap(Policy::target, p -> p,
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b))
                .values().stream().sorted(Comparator.comparing(p -> p.target().toString()))
                .map(p -> new DrillTargetRow(p.target(), p, lastDrill(p.target()))).toList();
    }

    private DrillSummary lastDrill(SystemEnv t) {
        return services.runs().of(t).stream().findFirst().orElse(null);
    }

    public BooleanBinding canGoNext() {
        return Bindings.createBooleanBinding(this::nextAllowed, page, target, plan, backup, preflight, disposableConfirmed,
                session.resultProperty());
    }

    private boolean nextAllowed() {
        return switch (page.get()) {
            case TARGET -> target.get() != null;
            case PLAN -> plan.get() != null;
            case BACKUP -> backup.get() != null && parsedPlan != null;
            case PREFLIGHT -> preflight.get() != null && preflight.get().ok() && disposableConfirmed.get();
            case RUN -> session.resultProperty().get() != null;
            case RESULTS, GAPS -> true;
            case SUMMARY -> false;
        };
    }

    public void next() {
        if (!nextAllowed()) {
            return;
        }
        WizardPage from = page.get();
        if (from == WizardPage.GAPS) {
            gaps.record(session.resultProperty().get());
        }
        page.set(from.next());
        entered(page.get());
    }

    public void back() {
        WizardPage now = page.get();
        if (now == WizardPage.TARGET || now.ordinal() > WizardPage.PREFLIGHT.ordinal()) {
            return;
        }
        page.set(now.previous());
    }

    private void entered(WizardPage now) {
        problem.set("");
        switch (now) {
            case PLAN -> BackgroundTask.of(() -> services.plans().forTarget(target.get().target())).titled("load plans")
                    .onSuccess(plans::setAll).onFailure(this::fail).runWith(runner);
            case BACKUP -> loadBackups();
            case PREFLIGHT -> runPreflight();
            default -> { }
        }
    }

    private void loadBackups() {
        Duration rpo = target.get().policy() == null ? null : target.get().policy().rpo();
        parsedPlan = null;
        backups.load(plan.get().name(), rpo, p -> parsedPlan = p, this::fail);
    }

    private void runPreflight() {
        String profileName = parsedPlan.target();
        BackgroundTask.of(() -> services.profiles().apply(profileName)
                        .map(services.tester()::test)
                        .orElse(ConnectionTest.failed(profileName, "profile", null, null, "no connection profile named '" + profileName + "'")))
                .titled("preflight").onSuccess(preflight::set).onFailure(this::fail).runWith(runner);
    }

    /** Starts the drill on the chosen backup; the run page follows it. */
    public void startRun() {
        session.start(parsedPlan, backups.choice());
    }

    private void fail(Throwable e) {
        problem.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    public ObjectProperty<WizardPage> pageProperty() {
        return page;
    }

    public ObservableList<DrillTargetRow> targets() {
        return targets;
    }

    public ObjectProperty<DrillTargetRow> targetProperty() {
        return target;
    }

    public ObservableList<StoredDrillPlan> plans() {
        return plans;
    }

    public ObjectProperty<StoredDrillPlan> planProperty() {
        return plan;
    }

    public DrillPlan parsedPlan() {
        return parsedPlan;
    }

    public ObservableList<BackupRow> backups() {
        return backups.rows();
    }

    /** The backup page: its rows and what is being listed or where they came from. */
    public DrillBackupsModel backupPage() {
        return backups;
    }

    public ObjectProperty<BackupRow> backupProperty() {
        return backup;
    }

    public ObjectProperty<ConnectionTest> preflightProperty() {
        return preflight;
    }

    public BooleanProperty disposableConfirmedProperty() {
        return disposableConfirmed;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public DrillRunSession session() {
        return session;
    }

    public DrillGapsModel gaps() {
        return gaps;
    }
}
