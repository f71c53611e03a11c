package io.drillbook.ui.drill;

import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.StatusBadge;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A past drill run, opened from the Drills list: result and RTO verdict, the facts, every step and
 * check with expected and actual, the selected step's output, gaps and evidence ids, and Export evidence.
 */
final class DrillRunDetailView {
    private static final int FACT_PAIRS_PER_ROW = 3;

    private final DrillRunDetailViewModel vm;
    private final Runnable back;

    DrillRunDetailView(DrillRunDetailViewModel vm, Runnable back) {
        this.vm = vm;
        this.back = back;
    }

    Node build() {
        SplitPane parts = new SplitPane(stepsTable(), bottom());
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.5);
        VBox.setVgrow(parts, Priority.ALWAYS);
        VBox box = new VBox(10, header(), verdicts(), facts(), parts);
        box.getStyleClass().add("screen");
        box.setId("drill-detail");
        return box;
    }

    private Node header() {
        Button backButton = new Button("Drills", new FontIcon("fth-arrow-left"));
        backButton.setId("drill-detail-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label();
        title.setId("drill-detail-title");
        title.getStyleClass().add("run-detail-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("Export evidence", new FontIcon("fth-download"));
        export.setId("drill-detail-export");
        export.disableProperty().bind(vm.titleProperty().isEmpty().or(new javafx.beans.property.SimpleBooleanProperty(!vm.canExport())));
        export.setOnAction(e -> vm.exportEvidence());
        HBox row = new HBox(12, backButton, title, spacer, export);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node verdicts() {
        Label result = new Label();
        result.setId("drill-detail-result");
        result.getStyleClass().add("run-detail-result");
        result.textProperty().bind(vm.resultProperty());
        vm.resultToneProperty().addListener((o, was, now) -> StatusBadge.show(result, now));
        StatusBadge.show(result, vm.resultToneProperty().get());
        Label rto = new Label();
        rto.setId("drill-detail-rto");
        rto.getStyleClass().add("run-detail-result");
        rto.textProperty().bind(vm.rtoProperty());
        vm.rtoToneProperty().addListener((o, was, now) -> StatusBadge.show(rto, now));
        StatusBadge.show(rto, vm.rtoToneProperty().get());
        Label message = new Label();
        message.setId("drill-detail-message");
        message.textProperty().bind(vm.messageProperty());
        Label exported = new Label();
        exported.setId("drill-detail-export-status");
        exported.textProperty().bind(vm.exportStatusProperty());
        exported.setWrapText(true);
        HBox row = new HBox(24, result, rto, message, exported);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.setId("drill-detail-facts");
        grid.getStyleClass().add("run-detail-facts");
        grid.setHgap(10);
        grid.setVgap(4);
        Runnable fill = () -> {
            grid.getChildren().clear();
            for (int i = 0; i < vm.facts().size(); i++) {
                DrillRunDetailViewModel.Fact fact = vm.facts().get(i);
                Label name = new Label(fact.name());
                name.getStyleClass().add("fact-name");
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(fact.value());
                value.setMinWidth(Region.USE_PREF_SIZE);
                int column = (i % FACT_PAIRS_PER_ROW) * 2;
                grid.add(name, column, i / FACT_PAIRS_PER_ROW);
                grid.add(value, column + 1, i / FACT_PAIRS_PER_ROW);
            }
        };
        vm.facts().addListener((javafx.collections.ListChangeListener<DrillRunDetailViewModel.Fact>) c -> fill.run());
        fill.run();
        return grid;
    }

    private Node stepsTable() {
        TableView<DrillStepLine> table = ScreenLayout.table("drill-detail-steps", new Label("No steps recorded"));
        table.getColumns().add(ScreenLayout.column("#", 36, l -> String.valueOf(l.number())));
        table.getColumns().add(ScreenLayout.column("Part", 76, DrillStepLine::part));
        table.getColumns().add(ScreenLayout.column("Step or check", 310, DrillStepLine::name));
        table.getColumns().add(StatusBadge.column("State", 96, DrillStepLine::tone, DrillStepLine::state));
        table.getColumns().add(ScreenLayout.column("Expected", 100, DrillStepLine::expected));
        table.getColumns().add(ScreenLayout.column("Actual", 100, DrillStepLine::actual));
        table.getColumns().add(ScreenLayout.column("Took", 60, DrillStepLine::took));
        table.getColumns().add(ScreenLayout.column("Confirmed by / why", 250, DrillStepLine::note));
        table.setItems(vm.steps());
        vm.selectedStepProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedStepProperty().set(now);
            }
        });
        return table;
    }

    private Node bottom() {
        SplitPane split = new SplitPane(outputPane(), new VBox(8, gapsPane(), evidencePane()));
        split.setDividerPositions(0.6);
        return split;
    }

    private Node outputPane() {
        Label heading = section("Output of the selected step");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedStepProperty().get() == null
                ? "Output" : "Output of '" + vm.selectedStepProperty().get().name() + "'", vm.selectedStepProperty()));
        TextArea text = new TextArea();
        text.setId("drill-detail-output");
        text.setEditable(false);
        text.getStyleClass().add("run-detail-output");
        text.setWrapText(true);
        text.textProperty().bind(vm.outputProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Button all = new Button("Show all output");
        all.setId("drill-detail-show-all");
        all.disableProperty().bind(vm.outputTruncatedProperty().not().or(vm.fullOutputKeptProperty().not()));
        all.setOnAction(e -> vm.showAllOutput());
        Label why = new Label();
        why.getStyleClass().add("text-muted");
        why.textProperty().bind(Bindings.when(vm.outputTruncatedProperty().and(vm.fullOutputKeptProperty().not()))
                .then("Only the head and tail are kept: the plan does not keep full outputs (keepFullOutput)").otherwise(""));
        HBox actions = new HBox(8, all, why);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, text, actions);
        box.setMinHeight(0);
        return box;
    }

    private Node gapsPane() {
        Label heading = section("Gaps");
        heading.textProperty().bind(Bindings.size(vm.gaps()).asString("Gaps (%d)"));
        ListView<DrillGapLine> list = new ListView<>(vm.gaps());
        list.setId("drill-detail-gaps");
        list.setPlaceholder(new Label("No gap recorded for this run"));
        list.setCellFactory(v -> StatusBadge.listCell(g -> io.drillbook.ui.common.StatusTone.WARNING, DrillGapLine::describe));
        list.setPrefHeight(90);
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node evidencePane() {
        Label heading = section("Evidence");
        heading.textProperty().bind(Bindings.size(vm.evidence()).asString("Evidence events (%d)"));
        ListView<String> list = new ListView<>(vm.evidence());
        list.setId("drill-detail-evidence");
        list.setPlaceholder(new Label("No evidence event names this run"));
        list.setPrefHeight(90);
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("run-detail-section");
        return label;
    }
}
