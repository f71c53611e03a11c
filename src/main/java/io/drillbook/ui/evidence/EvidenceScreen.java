package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;

/** Every recorded event under filters, the selected event's details, report export and the chain check. */
public final class EvidenceScreen implements Screen {
    private final EvidenceViewModel model;
    private final GapsViewModel gaps;
    private final ZoneId zone;
    private Node view;

    public EvidenceScreen(EvidenceViewModel model, ZoneId zone) {
        this(model, null, zone);
    }

    /** @param gaps null for a screen without the gaps tab */
    public EvidenceScreen(EvidenceViewModel model, GapsViewModel gaps, ZoneId zone) {
        this.model = model;
        this.gaps = gaps;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public String title() {
        return "Evidence";
    }

    @Override
    public String icon() {
        return "fth-file-text";
    }

    @Override
    public Node view() {
        if (view == null) {
            SplitPane split = new SplitPane(table(), detail());
            split.setDividerPositions(0.65);
            VBox content = new VBox(8, EvidenceFilterBar.of(model), chainLabel(), split, exportStatus());
            VBox.setVgrow(split, Priority.ALWAYS);
            view = ScreenLayout.of("Evidence", gaps == null ? content : tabs(content), exportFormat(), exportButton(), verifyButton());
        }
        return view;
    }

    private TableView<EvidenceEvent> table() {
        TableView<EvidenceEvent> table = ScreenLayout.table("evidence-table",
                EmptyState.of("fth-file-text", "No evidence yet", "Every drill, playbook run, gate decision and change is recorded here."));
        table.getColumns().add(ScreenLayout.column("#", 60, e -> Long.toString(e.seq())));
        table.getColumns().add(ScreenLayout.column("Time", 170, e -> Formats.dateTime(e.time(), zone)));
        table.getColumns().add(ScreenLayout.column("Actor", 100, EvidenceEvent::actor));
        table.getColumns().add(ScreenLayout.column("Kind", 150, EvidenceEvent::kind));
        table.getColumns().add(ScreenLayout.column("Subject", 150, EvidenceEvent::subject));
        table.getColumns().add(ScreenLayout.column("Details", 300, EvidenceEvent::payload));
        table.setItems(model.events());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        return table;
    }

    private TextArea detail() {
        TextArea detail = new TextArea();
        detail.setId("evidence-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPromptText("Select an event to see its payload");
        detail.textProperty().bind(model.detailProperty());
        return detail;
    }

    private Label chainLabel() {
        Label chain = new Label();
        chain.setId("chain-status");
        chain.textProperty().bind(model.chainStatusProperty());
        model.chainBrokenProperty().addListener((o, was, broken) -> chain.getStyleClass().setAll("label", broken ? "chain-broken" : "chain-ok"));
        return chain;
    }

    private Label exportStatus() {
        Label status = new Label();
        status.setId("export-status");
        status.textProperty().bind(model.exportStatusProperty());
        return status;
    }

    private ChoiceBox<ReportFormat> exportFormat() {
        ChoiceBox<ReportFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(ReportFormat.values());
        format.valueProperty().bindBidirectional(model.exportFormatProperty());
        format.setDisable(!model.canExport());
        return format;
    }

    private Button exportButton() {
        Button export = new Button("Export report…", new FontIcon("fth-download"));
        export.setId("export-report");
        export.setTooltip(new Tooltip("Write the report of the filtered period, system and environment"));
        export.setOnAction(e -> model.exportReport());
        export.setDisable(!model.canExport());
        return export;
    }

    private Button verifyButton() {
        Button verify = new Button("Verify chain", new FontIcon("fth-check-circle"));
        verify.setId("verify-chain");
        verify.setTooltip(new Tooltip("Recompute every event's hash and link"));
        verify.setOnAction(e -> model.verifyChain());
        return verify;
    }

    private javafx.scene.control.TabPane tabs(Node events) {
        javafx.scene.control.Tab eventsTab = new javafx.scene.control.Tab("Events", events);
        javafx.scene.control.Tab gapsTab = new javafx.scene.control.Tab("Gaps", GapsPane.of(gaps, zone));
        gapsTab.setId("gaps-tab");
        gapsTab.setOnSelectionChanged(e -> {
            if (gapsTab.isSelected()) {
                gaps.load();
            }
        });
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(eventsTab, gapsTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    @Override
    public void refresh() {
        model.load();
    }

    /** Shows the gaps tab (the overview's links). */
    public void showGaps() {
        if (view() instanceof javafx.scene.Parent parent) {
            parent.lookupAll(".tab-pane").stream().findFirst().map(javafx.scene.control.TabPane.class::cast)
                    .ifPresent(tabs -> tabs.getTabs().stream().filter(t -> "gaps-tab".equals(t.getId())).findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t)));
        }
    }
}
