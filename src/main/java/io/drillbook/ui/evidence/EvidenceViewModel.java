package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.report.ReportExporter;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.core.report.ReportScope;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Evidence events under the filters, the selected event's payload, report export and the chain check's result. */
public final class EvidenceViewModel {
    static final int LIMIT = 500;

    private final EvidenceLog log;
    private final TaskRunner runner;
    private final ReportExporter exporter;
    private final Path exportDir;
    private final Clock clock;
    private final EvidenceFilters filters = new EvidenceFilters();
    private final ObservableList<EvidenceEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<EvidenceEvent> selected = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final ObjectProperty<ReportFormat> exportFormat = new SimpleObjectProperty<>(ReportFormat.PDF);
    private final StringProperty exportStatus = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>();
    private final StringProperty chainStatus = new SimpleStringProperty("Chain not checked yet");
    private final BooleanProperty chainBroken = new SimpleBooleanProperty(false);

    /** Without an exporter: browsing and the chain check only. */
    public EvidenceViewModel(EvidenceLog log, TaskRunner runner) {
        this(log, runner, null, null, Clock.systemUTC());
    }

    /** @param exportDir where "Export report…" writes its files */
    public EvidenceViewModel(EvidenceLog log, TaskRunner runner, ReportExporter exporter, Path exportDir, Clock clock) {
        this.log = log;
        this.runner = runner;
        this.exporter = exporter;
        this.exportDir = exportDir;
        this.clock = clock;
        selected.addListener((o, was, event) -> detail.set(event == null ? "" : describe(event)));
    }

    public void load() {
        var query = filters.toQuery(LIMIT);
        BackgroundTask.<List<EvidenceEvent>>of(() -> log.repository().find(query))
                .titled("load evidence")
                .onSuccess(events::setAll)
                .runWith(runner);
    }

    public boolean canExport() {
        return exporter != null;
    }

    /** Writes the report of the filtered period, systems and environments in the chosen format. */
    public void exportReport() {
        if (exporter == null) {
            exportStatus.set("Export is not available here");
            return;
        }
        ReportScope scope = filters.toScope(LocalDate.now(clock));
        ReportFormat format = exportFormat.get();
        String ext = format.extension().isEmpty() ? "" : "." + format.extension();
        Path out = exportDir.resolve("drillbook-report-" + scope.from() + "-" + scope.to() + ext);
        exportStatus.set("Exporting " + format + " report…");
        BackgroundTask.of(() -> exporter.export(scope, format, out))
                .titled("export report")
                .onSuccess(path -> {
                    lastExport.set(path);
                    exportStatus.set("Report written to " + path);
                })
                .onFailure(e -> exportStatus.set("Export failed: " + e.getMessage()))
                .runWith(runner);
    }

    public void verifyChain() {
        chainStatus.set("Checking the chain…");
        BackgroundTask.<ChainVerification>of(log::verify)
                .titled("verify evidence chain")
                .onSuccess(v -> {
                    chainBroken.set(!v.isIntact());
                    chainStatus.set(v.isIntact() ? "Chain intact: " + v.checked() + " events, head " + v.headHash().substring(0, 12) + "…"
                            : "Chain BROKEN at event " + v.brokenAt() + ": " + v.problem());
                })
                .onFailure(e -> chainStatus.set("Chain check failed: " + e.getMessage()))
                .runWith(runner);
    }

    static String describe(EvidenceEvent e) {
        String payload;
        try {
            payload = CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(CanonicalJson.read(e.payload()));
        } catch (Exception notJson) {
            payload = e.payload();
        }
        return "#" + e.seq() + "  " + e.kind() + "  " + e.subject() + "\n" + e.time() + " by " + e.actor()
                + "\nhash " + e.hash() + "\nprev " + e.prevHash() + "\n\n" + payload;
    }

    public EvidenceFilters filters() {
        return filters;
    }

    public ObservableList<EvidenceEvent> events() {
        return events;
    }

    /** The free-text filter (kept for callers of the first version of this screen). */
    public StringProperty filterProperty() {
        return filters.textProperty();
    }

    public ObjectProperty<EvidenceEvent> selectedProperty() {
        return selected;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ObjectProperty<ReportFormat> exportFormatProperty() {
        return exportFormat;
    }

    public StringProperty exportStatusProperty() {
        return exportStatus;
    }

    public ObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }

    public StringProperty chainStatusProperty() {
        return chainStatus;
    }

    public BooleanProperty chainBrokenProperty() {
        return chainBroken;
    }
}
