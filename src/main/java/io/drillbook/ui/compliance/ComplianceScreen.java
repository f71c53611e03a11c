package io.drillbook.ui.compliance;

import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.heatmap.HeatMapPane;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;

/** RPO, tested RPO, RTO and drill freshness per system and day, as a heat map. */
public final class ComplianceScreen implements Screen {
    private static final Logger LOGGER = LoggerFactory.getLogger(ComplianceScreen.class);

    private final ComplianceViewModel model;
    private final HeatMapPane heatMap = new HeatMapPane();
    private Node view;
    private io.drillbook.core.model.SystemEnv pendingFocus;

    public ComplianceScreen(ComplianceViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "compliance";
    }

    @Override
    public String title() {
        return "Compliance";
    }

    @Override
    public String icon() {
        return "fth-grid";
    }

    @Override
    public Node view() {
        if (view == null) {
            heatMap.canvas().dataProperty().bind(model.dataProperty());
            heatMap.canvas().dataProperty().addListener((o, was, now) -> applyFocus());
            heatMap.onCellClicked((row, day) -> model.openDay(row, day, detail -> DayDetailDialog.show(heatMap, detail, model.zone())));
            ProgressIndicator busy = new ProgressIndicator();
            busy.visibleProperty().bind(model.loadingProperty());
            busy.setMaxSize(48, 48);
            Label summary = new Label();
            summary.setId("compliance-summary");
            summary.textProperty().bind(model.summaryProperty());
            summary.setWrapText(true);
            VBox.setVgrow(heatMap, Priority.ALWAYS);
            VBox content = new VBox(8, controls(), summary, new StackPane(heatMap, busy));
            VBox.setVgrow(content.getChildren().get(2), Priority.ALWAYS);
            view = ScreenLayout.of("Compliance", content, exportButtons());
        }
        return view;
    }

    private HBox controls() {
        ComboBox<HeatMetric> metric = new ComboBox<>();
        metric.getItems().setAll(HeatMetric.values());
        metric.valueProperty().bindBidirectional(model.metricProperty());
        metric.setId("heat-metric");
        metric.setTooltip(new Tooltip("What the colours show"));
        ComboBox<Integer> range = new ComboBox<>();
        range.getItems().setAll(30, 90, 365);
        range.setValue(model.daysProperty().get());
        range.valueProperty().addListener((o, was, now) -> model.daysProperty().set(now));
        range.setId("heat-range");
        range.setTooltip(new Tooltip("Days shown, ending today"));
        ComboBox<RowOrder> order = new ComboBox<>();
        order.getItems().setAll(RowOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("heat-order");
        order.setTooltip(new Tooltip("Group and sort the rows"));
        javafx.scene.control.DatePicker first = new javafx.scene.control.DatePicker();
        javafx.scene.control.DatePicker last = new javafx.scene.control.DatePicker();
        first.setId("heat-from");
        last.setId("heat-to");
        first.setPrefWidth(130);
        last.setPrefWidth(130);
        first.valueProperty().bindBidirectional(model.fromProperty());
        last.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button("Show");
        show.setId("heat-custom-range");
        show.setTooltip(new Tooltip("Show the days from the first to the last date, both included"));
        show.setOnAction(e -> model.showRange(first.getValue(), last.getValue()));
        return new HBox(8, new Label("Metric"), metric, new Label("Days"), range, new Label("or from"), first,
                new Label("to"), last, show, new Label("Sort by"), order);
    }

    private Node[] exportButtons() {
        Button png = new Button("PNG", new FontIcon("fth-image"));
        png.setTooltip(new Tooltip("Save the heat map as it is shown as a PNG image"));
        png.setOnAction(e -> chooseAndWrite("heat-map.png", "PNG image", "*.png", file -> heatMap.exportPng(file.toPath())));
        Button csv = new Button("CSV", new FontIcon("fth-download"));
        csv.setTooltip(new Tooltip("Save every system's daily statuses and worst values as CSV"));
        csv.setOnAction(e -> chooseAndWrite("compliance.csv", "CSV", "*.csv", file -> model.exportCsv(file.toPath())));
        return new Node[] {png, csv};
    }

    private interface FileWriterAction {
        void write(File file) throws IOException;
    }

    private void chooseAndWrite(String name, String description, String pattern, FileWriterAction action) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(heatMap.getScene().getWindow());
        if (file != null) {
            try {
                action.write(file);
            } catch (IOException e) {
                LOGGER.warn("Cannot write {}", file, e);
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, "Cannot write " + file + ": " + e.getMessage()).show();
            }
        }
    }

    @Override
    public void refresh() {
        model.load();
    }

    /** For tests: the heat map as shown. */
    public HeatMapPane heatMap() {
        return heatMap;
    }

    /** Shows {@code metric}, scrolls to {@code target}'s row once the loaded matrix holds it and opens its last day (the overview's links). */
    public void focus(io.drillbook.core.model.SystemEnv target, HeatMetric metric) {
        view();
        pendingFocus = target;
        model.metricProperty().set(metric);
        applyFocus();
    }

    private void applyFocus() {
        if (pendingFocus != null && !model.loadingProperty().get() && heatMap.canvas().dataProperty().get() instanceof MatrixHeatMapData d
                && d.rowOf(pendingFocus) >= 0) {
            int row = d.rowOf(pendingFocus);
            heatMap.canvas().setFirstRow(row);
            pendingFocus = null;
            model.openDay(row, d.dayCount() - 1, detail -> DayDetailDialog.show(heatMap, detail, model.zone()));
        }
    }
}
