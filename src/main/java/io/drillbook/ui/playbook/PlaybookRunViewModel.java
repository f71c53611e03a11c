package io.drillbook.ui.playbook;

import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.ui.common.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * One playbook run in the console: the current step, the steps with states and timings, live
 * output, the question a manual checkpoint or approval asks, the timeline and the status update.
 * The run executes through the {@code TaskRunner}; its listener reaches these properties only
 * through {@link PlaybookServices#uiThread()}.
 */
public final class PlaybookRunViewModel implements PlaybookListener {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRunViewModel.class);
    private static final int OUTPUT_LIMIT = 200_000;
    /** How long closing the console waits for an aborted step to stop. */
    static final java.time.Duration ABORT_WAIT = java.time.Duration.ofSeconds(10);

    private final PlaybookServices services;
    private final Playbook playbook;
    private final Map<String, String> rendered;
    private final RunPresentation presentation;
    private PlaybookRun run;

    final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    final ObservableList<String> timeline = FXCollections.observableArrayList();
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty currentStep = new SimpleStringProperty("");
    final StringProperty currentInstructions = new SimpleStringProperty("");
    final StringProperty currentCommand = new SimpleStringProperty("");
    final StringProperty output = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty statusUpdate = new SimpleStringProperty("");
    final ObjectProperty<GateQuestion> question = new SimpleObjectProperty<>();
    final BooleanProperty executing = new SimpleBooleanProperty(false);
    final BooleanProperty ended = new SimpleBooleanProperty(false);

    /** @param rendered each step's command with parameters filled in (from the dry run before the start) */
    PlaybookRunViewModel(PlaybookServices services, Playbook playbook, Map<String, String> rendered) {
        this.services = services;
        this.playbook = playbook;
        this.rendered = Map.copyOf(rendered);
        this.presentation = new RunPresentation(services.zone(), services.clock());
    }

    /** Called once the run has started (its lock is held, the freeze is on). */
    void attach(PlaybookRun started, Map<String, java.time.Duration> typical) {
        this.run = started;
        presentation.typical(typical);
        refresh();
    }

    /** The gate the run waits at: its questions come to {@link #question}. */
    PlaybookGate gate() {
        PlaybookGate console = new ConsolePlaybookGate(q -> services.uiThread().accept(() -> ask(q)));
        if (services.sharedApprovals() == null) {
            return console;
        }
        // Shared workspace: nobody types an approver's name here; the approver approves under their own login.
        return new io.drillbook.core.playbook.StoredApprovalGate(console, services.sharedApprovals(), services.clock(),
                java.time.Duration.ofSeconds(1), (runId, step) -> services.uiThread().accept(() -> message.set(
                        "Waiting for a second person to approve '" + step.name() + "' under their own login: "
                                + "drillbook playbook approve " + runId + " '" + step.name() + "'")));
    }

    String operator() {
        return services.operator();
    }

    Playbook playbook() {
        return playbook;
    }

    /** The big button: answers the waiting question, else runs from the current step. */
    void primaryAction(String name) {
        if (question.get() != null) {
            answer(name, true);
        } else {
            execute();
        }
    }

    void execute() {
        if (run == null || executing.get() || ended.get()) {
            return;
        }
        executing.set(true);
        message.set("");
        CancellationToken token = new CancellationToken();
        BackgroundTask.of(() -> run.execute(token)).titled("playbook run " + run.id())
                .onSuccess(this::stopped).onFailure(this::failed).runWith(services.tasks());
    }

    /** Answers the waiting question; an approval by the person running the playbook is refused here. */
    void answer(String name, boolean granted) {
        GateQuestion q = question.get();
        if (q == null) {
            return;
        }
        String who = name == null ? "" : name.trim();
        if (who.isEmpty()) {
            message.set("Type your name to " + (q.approval() ? "approve" : "confirm") + ".");
            return;
        }
        if (q.approval() && who.equalsIgnoreCase(services.operator())) {
            message.set("Refused: " + who + " runs this playbook and cannot also approve it. A second person must approve.");
            return;
        }
        if (!q.allowed().isEmpty() && q.allowed().stream().noneMatch(who::equalsIgnoreCase)) {
            message.set("Refused: " + who + " is not one of " + q.allowed() + ".");
            return;
        }
        question.set(null);
        message.set("");
        q.answer().complete(granted ? GateAnswer.yes(who) : GateAnswer.no(who, "declined in the console"));
        refresh();
    }

    void pause() {
        act(() -> run.pause(services.operator()), "pause");
    }

    void resume() {
        act(() -> run.resume(services.operator()), "resume");
        execute();
    }

    void skip(String step, String reason) {
        if (reason == null || reason.isBlank()) {
            message.set("Skipping '" + step + "' needs a reason.");
            return;
        }
        act(() -> run.skip(step, services.operator(), reason.trim()), "skip");
    }

    void abort(String reason) {
        act(() -> run.abort(services.operator(), reason == null || reason.isBlank() ? "aborted in the console" : reason), "abort");
        GateQuestion q = question.get();
        if (q != null) {
            question.set(null);
            q.answer().complete(GateAnswer.no(services.operator(), "the run was aborted"));
        }
    }

    void rerunFrom(String step) {
        act(() -> run.rerunFrom(step, services.operator()), "re-run");
    }

    private void act(Runnable action, String what) {
        if (run == null) {
            return;
        }
        try {
            action.run();
            message.set("");
        } catch (IllegalStateException | IllegalArgumentException e) {
            message.set("Cannot " + what + ": " + e.getMessage());
        }
        refresh();
        if (!executing.get() && !ended.get() && run.status().isEnded()) {
            finish();
        }
    }

    private void ask(GateQuestion q) {
        question.set(q);
        refresh();
    }

    private void stopped(RunStatus stoppedIn) {
        executing.set(false);
        refresh();
        if (stoppedIn.isEnded()) {
            finish();
        }
    }

    private void failed(Throwable e) {
        LOGGER.warn("Playbook run {} stopped with an error", runId(), e);
        executing.set(false);
        message.set("The run stopped with an error: " + e.getMessage());
        refresh();
    }

    private void finish() {
        if (ended.get()) {
            return;
        }
        ended.set(true);
        BackgroundTask.of(() -> {
            releaseLock();
            return true;
        }).onSuccess(done -> services.freezeChanged().run()).runWith(services.tasks());
    }

    private void releaseLock() {
        services.locks().release(LockResources.playbookRun(playbook.systemEnv()));
    }

    /** True while the run has not ended: it holds the run lock and its freeze, whether executing or not. */
    boolean inProgress() {
        return run != null && !ended.get();
    }

    /**
     * The console closes: aborts the run with {@code reason}, waits (at most {@link #ABORT_WAIT}) until
     * the abort is recorded, releases the run lock, then runs {@code done} on the JavaFX thread.
     */
    void abortAndRelease(String reason, Runnable done) {
        GateQuestion waiting = question.get();
        question.set(null);
        BackgroundTask.of(() -> abortAndWait(reason, waiting)).titled("abort playbook run " + run.id())
                .onSuccess(stopped -> {
                    refresh();
                    ended.set(true);
                    services.freezeChanged().run();
                    done.run();
                })
                .onFailure(e -> {
                    message.set("Cannot abort: " + e.getMessage());
                    done.run();
                })
                .runWith(services.tasks());
    }

    private boolean abortAndWait(String reason, GateQuestion waiting) throws InterruptedException {
        try {
            run.abort(services.operator(), reason);
            if (waiting != null) {
                waiting.answer().complete(GateAnswer.no(services.operator(), "the run was aborted: " + reason));
            }
            boolean stopped = run.awaitIdle(ABORT_WAIT);
            if (!stopped) {
                LOGGER.warn("Playbook run {} did not stop within {} of the abort; it is recorded as interrupted on the next start",
                        run.id(), ABORT_WAIT);
            }
            return stopped;
        } finally {
            releaseLock();
        }
    }

    /** Re-reads the run (journaled state) into the properties; on the JavaFX thread. */
    void refresh() {
        if (run == null) {
            return;
        }
        RunInfo info = run.info();
        List<StepRecord> records = run.steps();
        steps.setAll(records.stream().map(StepRow::of).toList());
        timeline.setAll(presentation.timeline(info, records));
        statusUpdate.set(presentation.statusUpdate(info, records));
        status.set(presentation.status(info, executing.get()));
        showCurrent(info, records);
    }

    private void showCurrent(RunInfo info, List<StepRecord> records) {
        GateQuestion q = question.get();
        int at = q != null ? playbook.indexOf(q.step()).orElse(info.position())
                : records.stream().filter(r -> r.state() == io.drillbook.core.drill.StepState.RUNNING).map(StepRecord::index)
                .findFirst().orElse(info.position());
        if (info.status().isEnded() || at >= playbook.steps().size()) {
            currentStep.set(info.status().isEnded() ? "Run " + info.status().name().toLowerCase(java.util.Locale.ROOT) : "");
            currentInstructions.set("");
            currentCommand.set("");
            return;
        }
        PlaybookStep step = playbook.steps().get(at);
        currentStep.set((at + 1) + "/" + playbook.steps().size() + "  " + step.name());
        currentInstructions.set(instructions(step.action()));
        StepRecord record = records.get(at);
        currentCommand.set(record.command() != null ? record.command() : rendered.getOrDefault(step.name(), ""));
    }

    private static String instructions(StepAction action) {
        if (action instanceof StepAction.Manual m) {
            return m.instructions();
        }
        if (action instanceof StepAction.Approval a) {
            return a.instructions() + (a.approvers().isEmpty() ? "" : " (approvers: " + String.join(", ", a.approvers()) + ")");
        }
        return "";
    }

    @Override
    public void runChanged(RunInfo info) {
        services.uiThread().accept(this::refresh);
    }

    @Override
    public void stepChanged(String runId, StepRecord step) {
        services.uiThread().accept(this::refresh);
    }

    @Override
    public void output(String runId, String step, OutputChannel channel, String line) {
        String text = (channel == OutputChannel.STDERR ? "! " : "") + line + "\n";
        services.uiThread().accept(() -> {
            String now = output.get() + text;
            output.set(now.length() > OUTPUT_LIMIT ? now.substring(now.length() - OUTPUT_LIMIT) : now);
        });
    }

    String runId() {
        return run == null ? "" : run.id();
    }

    RunStatus runStatus() {
        return run == null ? null : run.status();
    }
}
