package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.StatusBadge;
import io.drillbook.ui.common.StatusTone;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import io.drillbook.core.drill.Leftovers;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import java.time.ZoneId;

/**
 * Restore drills: the history of past drills, and "New drill", which opens the wizard in place of
 * the history until it is closed.
 */
public final class DrillsScreen implements Screen {
    private final DrillHistoryViewModel history;
    private final DrillWizardViewModel wizard;
    private final DrillLeftoversViewModel leftovers;
    private final ZoneId zone;
    private final DrillRunDetailViewModel detail;
    private StackPane view;
    private Node detailView;
    private Node historyView;
    private DrillWizardView wizardView;
    private TableView<DrillSummary> table;
    private String pendingRun;

    public DrillsScreen(DrillHistoryViewModel history, DrillWizardViewModel wizard, ZoneId zone) {
        this(history, wizard, null, zone);
    }

    /** @param leftovers runs that may have left something behind, listed above the history with Clean up; null for none */
    public DrillsScreen(DrillHistoryViewModel history, DrillWizardViewModel wizard, DrillLeftoversViewModel leftovers, ZoneId zone) {
        this(history, wizard, leftovers, null, zone);
    }

    /** @param detail a past run opened from the list (double-click, Enter or Open run); null: runs cannot be opened */
    public DrillsScreen(DrillHistoryViewModel history, DrillWizardViewModel wizard, DrillLeftoversViewModel leftovers,
                        DrillRunDetailViewModel detail, ZoneId zone) {
        this.detail = detail;
        this.leftovers = leftovers;
        this.history = history;
        this.wizard = wizard;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "drills";
    }

    @Override
    public String title() {
        return "Drills";
    }

    @Override
    public String icon() {
        return "fth-rotate-ccw";
    }

    @Override
    public Node view() {
        if (view == null) {
            Button newDrill = new Button("New drill");
            newDrill.setId("drill-new");
            newDrill.setOnAction(e -> openWizard());
            TableView<DrillSummary> table = historyTable();
            Button open = new Button("Open run");
            open.setId("drill-open");
            open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            open.setOnAction(e -> openRun(table.getSelectionModel().getSelectedItem().runId()));
            open.setVisible(detail != null);
            open.setManaged(detail != null);
            historyView = leftovers == null ? ScreenLayout.of("Restore drills", table, open, newDrill)
                    : ScreenLayout.of("Restore drills", new VBox(8, leftoversPane(), table), open, newDrill);
            VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
            detailView = detail == null ? null : new DrillRunDetailView(detail, this::closeDetail).build();
            wizardView = new DrillWizardView(wizard, zone, this::closeWizard);
            view = new StackPane(historyView);
        }
        return view;
    }

    private TableView<DrillSummary> historyTable() {
        TableView<DrillSummary> table = ScreenLayout.table("drill-table",
                EmptyState.of("fth-rotate-ccw", "No drills yet", "A restore drill proves a backup can be restored within the RTO."));
        table.getColumns().add(ScreenLayout.column("Started", 165, d -> Formats.dateTime(d.startedAt(), zone)));
        table.getColumns().add(ScreenLayout.column("System / environment", 130, d -> d.target().toString()));
        table.getColumns().add(ScreenLayout.column("Plan", 165, DrillSummary::plan));
        table.getColumns().add(StatusBadge.column("Result", 95, d -> StatusTone.of(d.result()), d -> d.result().name().toLowerCase()));
        // The verdict beside the result, so both are on screen at 1280x800 without scrolling sideways.
        table.getColumns().add(StatusBadge.column("RTO", 200, history::rtoTone, history::rto));
        table.getColumns().add(ScreenLayout.column("Achieved RPO", 110, d -> Formats.duration(d.achievedRpo())));
        table.getColumns().add(ScreenLayout.column("Recovery time", 110, d -> Formats.duration(d.recoveryTime())));
        table.getColumns().add(ScreenLayout.column("Operator", 75, DrillSummary::operator));
        table.setItems(history.drills());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<DrillSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openRun(row.getItem().runId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openRun(table.getSelectionModel().getSelectedItem().runId());
            }
        });
        history.drills().addListener((javafx.collections.ListChangeListener<DrillSummary>) c -> selectPendingRun());
        this.table = table;
        return table;
    }

    /** Shown only while some run has something to clean up. */
    private Node leftoversPane() {
        ListView<Leftovers> list = new ListView<>(leftovers.leftovers());
        list.setId("drill-leftovers");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Leftovers item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DrillLeftoversViewModel.describe(item));
                setGraphic(empty || item == null ? null : StatusBadge.icon(StatusTone.INTERRUPTED));
            }
        });
        Button cleanUp = new Button("Clean up");
        cleanUp.setId("drill-cleanup");
        cleanUp.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        cleanUp.setOnAction(e -> leftovers.cleanUp(list.getSelectionModel().getSelectedItem()));
        Label title = new Label("Drill runs that may have left something on their target");
        title.getStyleClass().add("section-title");
        Label status = new Label();
        status.setId("drill-cleanup-status");
        status.textProperty().bind(leftovers.statusProperty());
        VBox pane = new VBox(6, title, list, new HBox(8, cleanUp, status));
        pane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(leftovers.leftovers())
                .or(leftovers.statusProperty().isNotEmpty()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /**
     * Shows the past drill run {@code runId} in place of the list (its steps, checks, outputs, gaps
     * and evidence); Back returns to the list. Other screens (the overview) link a drill here.
     * Does nothing when this screen was built without a detail view.
     */
    public void openRun(String runId) {
        if (detail == null || runId == null) {
            return;
        }
        view();
        detail.open(runId);
        view.getChildren().setAll(detailView);
    }

    private void closeDetail() {
        view.getChildren().setAll(historyView);
    }

    private void openWizard() {
        wizard.start();
        view.getChildren().setAll(wizardView);
    }

    private void closeWizard() {
        view.getChildren().setAll(historyView);
        refresh();
    }

    @Override
    public void refresh() {
        history.load();
        if (leftovers != null) {
            leftovers.load();
        }
    }

    /** Shows the history with drill run {@code runId} selected once it is listed (the overview's links). */
    public void reveal(String runId) {
        view();
        if (view.getChildren().get(0) != historyView) {
            return;
        }
        pendingRun = runId;
        selectPendingRun();
    }

    private void selectPendingRun() {
        if (pendingRun == null || table == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).runId().equals(pendingRun)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                pendingRun = null;
                return;
            }
        }
    }

    /** Opens the wizard for a new drill of {@code target}, chosen as soon as the wizard lists it (the overview's links). */
    public void newDrillFor(io.drillbook.core.model.SystemEnv target) {
        view();
        if (view.getChildren().get(0) != historyView) {
            return;
        }
        openWizard();
        Runnable choose = () -> wizard.targets().stream().filter(r -> r.target().equals(target)).findFirst()
                .ifPresent(r -> wizard.targetProperty().set(r));
        if (wizard.targets().isEmpty()) {
            wizard.targets().addListener(new javafx.collections.ListChangeListener<DrillTargetRow>() {
                @Override
                public void onChanged(Change<? extends DrillTargetRow> c) {
                    wizard.targets().removeListener(this);
                    choose.run();
                }
            });
        } else {
            choose.run();
        }
    }
}
