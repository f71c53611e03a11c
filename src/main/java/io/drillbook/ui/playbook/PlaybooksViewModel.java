package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.DryRunReport;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.StoredPlaybook;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.LockResources;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The playbooks screen: the workspace's playbooks with their last run, the start form's checks
 * (typed parameters, the environment typed out for production), dry runs, and starting a run.
 */
public final class PlaybooksViewModel {
    /** The reason recorded for a run aborted because its console was closed. */
    static final String CLOSE_REASON = "console closed";

    private final PlaybookServices services;
    private final InterruptedRuns interruptedRuns;

    final ObservableList<PlaybookRow> rows = FXCollections.observableArrayList();
    final ObjectProperty<Playbook> selected = new SimpleObjectProperty<>();
    final StringProperty dryRunText = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<PlaybookRunViewModel> activeRun = new SimpleObjectProperty<>();
    final ObservableList<InterruptedRunRow> interrupted = FXCollections.observableArrayList();
    final ObjectProperty<InterruptedRun> reopening = new SimpleObjectProperty<>();
    /** The shown playbook's earlier runs, and one of them opened as a timeline. */
    final PlaybookHistoryViewModel history;
    /** What the detail pane was last asked to show ("playbook:NAME" or "run:ID"); null for nothing. */
    private String shown;

    public PlaybooksViewModel(PlaybookServices services) {
        this.services = services;
        this.interruptedRuns = new InterruptedRuns(services);
        this.history = new PlaybookHistoryViewModel(services);
    }

    public void load() {
        BackgroundTask.of(this::readRows).titled("load playbooks").onSuccess(rows::setAll)
                .onFailure(e -> message.set("Cannot load playbooks: " + e.getMessage())).runWith(services.tasks());
        BackgroundTask.of(interruptedRuns::rows).titled("load interrupted playbook runs").onSuccess(interrupted::setAll)
                .onFailure(e -> message.set("Cannot load interrupted runs: " + e.getMessage())).runWith(services.tasks());
    }

    private List<PlaybookRow> readRows() {
        return services.library().all().stream().map(this::row).toList();
    }

    private PlaybookRow row(StoredPlaybook p) {
        java.util.Optional<RunInfo> last = services.journal().runsOf(p.name(), 1).stream().findFirst();
        return new PlaybookRow(p.name(), p.target().toString(), last.map(this::describe).orElse("never run"),
                last.map(r -> StatusTone.of(r.status())).orElse(StatusTone.NEUTRAL));
    }

    private String describe(RunInfo r) {
        return r.status().name().toLowerCase(Locale.ROOT) + ", " + Formats.dateTime(r.startedAt(), services.zone())
                + " by " + r.operator();
    }

    /**
     * Shows the start form of {@code name}. Choosing the playbook already shown does nothing: a
     * reload of the list re-selects the same row, and must not wipe what the operator has typed.
     */
    void select(String name) {
        if (("playbook:" + name).equals(shown)) {
            return;
        }
        shown = "playbook:" + name;
        history.load(name);
        dryRunText.set("");
        message.set("");
        selected.set(null);
        BackgroundTask.of(() -> services.library().playbook(name).orElseThrow(() -> services.library().unknown(name)))
                .onSuccess(selected::set).onFailure(e -> {
                    shown = null;
                    message.set(e.getMessage());
                }).runWith(services.tasks());
    }

    java.time.ZoneId zone() {
        return services.zone();
    }

    /** True when starting against this environment needs its name typed out. */
    static boolean needsTypedConfirmation(String environment) {
        String env = environment.toLowerCase(Locale.ROOT);
        return env.equals("prod") || env.startsWith("prod") || env.equals("live");
    }

    /** Null when the start form may start; else what is missing, in words. */
    String cannotStart(Playbook playbook, String typedEnvironment) {
        if (needsTypedConfirmation(playbook.environment()) && !playbook.environment().equals(typedEnvironment)) {
            return "Type '" + playbook.environment() + "' to confirm a run against production.";
        }
        return null;
    }

    void dryRun(Playbook playbook, Map<String, String> parameters) {
        dryRunText.set("Dry run...");
        BackgroundTask.of(() -> services.runner().get().dryRun(request(playbook, parameters)))
                .onSuccess(r -> dryRunText.set(DryRunText.of(r)))
                .onFailure(e -> dryRunText.set("Dry run failed: " + e.getMessage())).runWith(services.tasks());
    }

    /** Checks the role and the run lock, then starts the run; the run screen appears on success. */
    void start(Playbook playbook, Map<String, String> parameters, String typedEnvironment) {
        String problem = cannotStart(playbook, typedEnvironment);
        if (problem != null) {
            message.set(problem);
            return;
        }
        message.set("Starting...");
        BackgroundTask.of(() -> begin(playbook, parameters)).titled("start playbook " + playbook.name())
                .onSuccess(started -> {
                    message.set("");
                    activeRun.set(started);
                    services.freezeChanged().run();
                })
                .onFailure(e -> message.set("Not started: " + e.getMessage())).runWith(services.tasks());
    }

    /** Chooses an interrupted run: reads it and its playbook for the reopen form. */
    void selectInterrupted(String runId) {
        if (("run:" + runId).equals(shown)) {
            return;
        }
        shown = "run:" + runId;
        history.clear();
        message.set("");
        reopening.set(null);
        BackgroundTask.of(() -> interruptedRuns.read(runId)).onSuccess(reopening::set)
                .onFailure(e -> {
                    shown = null;
                    message.set(e.getMessage());
                }).runWith(services.tasks());
    }

    /**
     * Takes the run lock again and reopens the interrupted run; the run screen appears with its
     * finished steps, and Run goes on from the step it stopped at.
     */
    void reopen(InterruptedRun run, Map<String, String> parameters, String typedEnvironment) {
        String problem = cannotStart(run.playbook(), typedEnvironment);
        if (problem != null) {
            message.set(problem);
            return;
        }
        message.set("Reopening...");
        BackgroundTask.of(() -> launch(run.playbook(), parameters,
                        (runner, request, vm) -> runner.reopen(run.info().runId(), request, vm.gate(), vm)))
                .titled("reopen playbook run " + run.info().runId())
                .onSuccess(reopened -> {
                    message.set("");
                    reopening.set(null);
                    activeRun.set(reopened);
                    services.freezeChanged().run();
                })
                .onFailure(e -> message.set("Not reopened: " + e.getMessage())).runWith(services.tasks());
    }

    /** Starts or reopens a run on the runner: {@code start} or {@code reopen}. */
    private interface Launch {
        PlaybookRun apply(PlaybookRunner runner, PlaybookRequest request, PlaybookRunViewModel vm);
    }

    private PlaybookRunViewModel begin(Playbook playbook, Map<String, String> parameters) {
        return launch(playbook, parameters, (runner, request, vm) -> runner.start(request, vm.gate(), vm));
    }

    /** Checks the role, takes the run lock (released again if the launch fails), renders the commands, launches. */
    private PlaybookRunViewModel launch(Playbook playbook, Map<String, String> parameters, Launch how) {
        services.access().require(services.operator(), Action.RUN_PLAYBOOK);
        String lock = LockResources.playbookRun(playbook.systemEnv());
        services.locks().acquire(lock, services.operator());
        try {
            PlaybookRunner runner = services.runner().get();
            PlaybookRequest request = request(playbook, parameters);
            DryRunReport preview = runner.dryRun(request);
            Map<String, String> rendered = new HashMap<>();
            preview.steps().forEach(l -> rendered.put(l.step(), l.rendered()));
            PlaybookRunViewModel vm = new PlaybookRunViewModel(services, playbook, rendered);
            PlaybookRun run = how.apply(runner, request, vm);
            Map<String, Duration> typical = services.timings().typical(playbook.name(), run.id(), 20);
            services.uiThread().accept(() -> vm.attach(run, typical));
            return vm;
        } catch (RuntimeException e) {
            services.locks().release(lock);
            throw e;
        }
    }

    private PlaybookRequest request(Playbook playbook, Map<String, String> parameters) {
        return new PlaybookRequest(playbook, parameters, services.operator(), services.outputDir());
    }

    /** True while a run started (or reopened) in this console has not ended. */
    boolean runInProgress() {
        PlaybookRunViewModel run = activeRun.get();
        return run != null && run.inProgress();
    }

    /** The console closes: aborts the run in progress ({@link #CLOSE_REASON}), releases its lock, then runs {@code done}. */
    void abortForClose(Runnable done) {
        PlaybookRunViewModel run = activeRun.get();
        if (run == null || !run.inProgress()) {
            done.run();
            return;
        }
        run.abortAndRelease(CLOSE_REASON, done);
    }

    /** Back to the list once a run has ended. */
    void closeRun() {
        PlaybookRunViewModel run = activeRun.get();
        if (run != null && run.ended.get()) {
            activeRun.set(null);
            shown = null;
            load();
            history.load(run.playbook().name());
        }
    }
}
