package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillRunDetails;
import io.drillbook.core.drill.OutputDigest;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.core.report.ReportScope;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One past drill run opened from the Drills list: its result and RTO verdict, the facts (backup,
 * achieved RPO, recovery time), every step and check with expected and actual, the selected
 * step's output (truncated, with the whole kept output on request), the gaps recorded, the
 * evidence events about it, and exporting its evidence.
 */
public final class DrillRunDetailViewModel {
    /** One name and value of the facts grid. */
    public record Fact(String name, String value) {
    }

    private final DrillRunDetailServices services;
    private final StringProperty runId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> resultTone = new SimpleObjectProperty<>();
    private final StringProperty rto = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> rtoTone = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<DrillStepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<DrillGapLine> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final ObjectProperty<DrillStepLine> selectedStep = new SimpleObjectProperty<>();
    private final StringProperty output = new SimpleStringProperty("");
    private final BooleanProperty outputTruncated = new SimpleBooleanProperty(false);
    private final BooleanProperty fullOutputKept = new SimpleBooleanProperty(false);
    private final StringProperty exportStatus = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>();
    private DrillRunDetails details;

    public DrillRunDetailViewModel(DrillRunDetailServices services) {
        this.services = services;
        selectedStep.addListener((o, was, now) -> showOutput(now));
    }

    /** Reads the run {@code id} in the background and shows it; says so when there is no such run. */
    public void open(String id) {
        clear();
        runId.set(id);
        message.set("Loading drill run " + id + "…");
        BackgroundTask.of(() -> services.history().details(id).map(d -> new Opened(d, services.history().rtoVerdict(d.summary()),
                        services.history().rtoAt(d.summary())))).titled("open drill run " + id)
                .onSuccess(found -> found.ifPresentOrElse(this::show, () -> message.set("No drill run " + id)))
                .onFailure(e -> message.set("Cannot read drill run " + id + ": " + e.getMessage()))
                .runWith(services.tasks());
    }

    private void clear() {
        details = null;
        title.set("");
        result.set("");
        resultTone.set(null);
        rto.set("");
        rtoTone.set(null);
        facts.clear();
        steps.clear();
        gaps.clear();
        evidence.clear();
        selectedStep.set(null);
        exportStatus.set("");
        lastExport.set(null);
    }

    /** A run as read in the background, with its RTO verdict and the RTO it was judged against. */
    private record Opened(DrillRunDetails details, RtoVerdict verdict, java.util.Optional<java.time.Duration> rtoAt) {
    }

    private void show(Opened opened) {
        DrillRunDetails d = opened.details();
        details = d;
        DrillSummary s = d.summary();
        RtoVerdict verdict = opened.verdict();
        title.set(s.plan() + " on " + s.target());
        result.set(s.result().name().toLowerCase(Locale.ROOT));
        resultTone.set(StatusTone.of(s.result()));
        rto.set(verdict.label() + opened.rtoAt().map(r -> " (RTO " + Formats.duration(r) + ")").orElse(""));
        rtoTone.set(StatusTone.of(verdict));
        facts.setAll(facts(d));
        steps.setAll(d.steps().stream().map(step -> DrillStepLine.of(step, services.zone())).toList());
        gaps.setAll(d.gaps().stream().map(DrillGapLine::of).toList());
        evidence.setAll(d.events().stream().map(e -> "#" + e.seq() + "  " + e.kind() + "  "
                + Formats.dateTime(e.time(), services.zone()) + "  by " + e.actor()).toList());
        selectedStep.set(steps.stream().filter(DrillStepLine::failed).findFirst().orElse(steps.isEmpty() ? null : steps.get(0)));
        message.set("");
    }

    private List<Fact> facts(DrillRunDetails d) {
        DrillSummary s = d.summary();
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("Run", s.runId()));
        list.add(new Fact("Backup", s.backupId() == null ? "" : s.backupId()));
        list.add(new Fact("Operator", s.operator()));
        list.add(new Fact("Started", Formats.dateTime(s.startedAt(), services.zone())));
        list.add(new Fact("Finished", s.finishedAt() == null ? "not finished" : Formats.dateTime(s.finishedAt(), services.zone())));
        list.add(new Fact("Achieved RPO", s.achievedRpo() == null ? "" : Formats.duration(s.achievedRpo()) + " (backup age at restore)"));
        list.add(new Fact("Recovery time", s.recoveryTime() == null ? "" : Formats.duration(s.recoveryTime()) + " ("
                + Formats.duration(s.automated()) + " automated, " + Formats.duration(s.manual()) + " manual)"));
        d.leftovers().ifPresent(l -> list.add(new Fact("Left on target", l.why())));
        return list;
    }

    private void showOutput(DrillStepLine line) {
        StepOutcome step = line == null ? null : line.outcome();
        output.set(step == null ? "" : StepOutputText.of(step));
        outputTruncated.set(step != null && StepOutputText.truncated(step));
        OutputDigest o = step == null ? null : step.output();
        fullOutputKept.set(o != null && o.stdoutFile() != null);
    }

    /** Replaces the shown output of the selected step by the whole of it, read from the outputs folder. */
    public void showAllOutput() {
        DrillStepLine line = selectedStep.get();
        if (line == null || line.outcome().output() == null || line.outcome().output().stdoutFile() == null) {
            return;
        }
        StepOutcome step = line.outcome();
        BackgroundTask.of(() -> services.outputs().read(step.output().stdoutFile())).titled("read full output")
                .onSuccess(text -> text.ifPresentOrElse(t -> {
                    output.set(StepOutputText.full(step, t));
                    outputTruncated.set(false);
                }, () -> message.set("The full output of '" + step.name() + "' is no longer in the outputs folder")))
                .onFailure(e -> message.set(e.getMessage())).runWith(services.tasks());
    }

    public boolean canExport() {
        return services.exporter() != null;
    }

    /**
     * Writes the evidence bundle (report, chain segment, manifest; {@code verify} checks it) of the
     * run's system and environment over the days it ran, so it holds this run's events and gaps.
     */
    public void exportEvidence() {
        DrillRunDetails d = details;
        if (d == null || !canExport()) {
            return;
        }
        DrillSummary s = d.summary();
        LocalDate from = LocalDate.ofInstant(s.startedAt(), ZoneOffset.UTC);
        LocalDate to = s.finishedAt() == null ? from : LocalDate.ofInstant(s.finishedAt(), ZoneOffset.UTC);
        List<io.drillbook.core.evidence.EvidenceEvent> events = d.events();
        if (!events.isEmpty()) {
            to = max(to, LocalDate.ofInstant(events.get(events.size() - 1).time(), ZoneOffset.UTC));
        }
        ReportScope scope = new ReportScope(from, to, Set.of(s.target().system()), Set.of(s.target().environment()));
        Path out = services.exportDir().resolve("drillbook-drill-" + s.runId() + "." + ReportFormat.BUNDLE.extension());
        exportStatus.set("Exporting the evidence of " + s.runId() + "…");
        BackgroundTask.of(() -> services.exporter().export(scope, ReportFormat.BUNDLE, out)).titled("export drill evidence")
                .onSuccess(path -> {
                    lastExport.set(path);
                    exportStatus.set("Evidence bundle written to " + path);
                })
                .onFailure(e -> exportStatus.set("Export failed: " + e.getMessage())).runWith(services.tasks());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public StringProperty runIdProperty() {
        return runId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObjectProperty<StatusTone> resultToneProperty() {
        return resultTone;
    }

    public StringProperty rtoProperty() {
        return rto;
    }

    public ObjectProperty<StatusTone> rtoToneProperty() {
        return rtoTone;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<DrillStepLine> steps() {
        return steps;
    }

    public ObservableList<DrillGapLine> gaps() {
        return gaps;
    }

    public ObservableList<String> evidence() {
        return evidence;
    }

    public ObjectProperty<DrillStepLine> selectedStepProperty() {
        return selectedStep;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public BooleanProperty outputTruncatedProperty() {
        return outputTruncated;
    }

    public BooleanProperty fullOutputKeptProperty() {
        return fullOutputKept;
    }

    public StringProperty exportStatusProperty() {
        return exportStatus;
    }

    public ObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }
}
