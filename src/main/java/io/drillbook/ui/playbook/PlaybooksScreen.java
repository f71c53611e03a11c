package io.drillbook.ui.playbook;

import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.StatusBadge;
import io.drillbook.ui.common.StatusTone;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import io.drillbook.ui.shell.Screen;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Rollback playbooks: the workspace's playbooks with their last run; choosing one opens its start
 * form; a started run takes the whole screen until it ends.
 */
public final class PlaybooksScreen implements Screen {
    private final PlaybooksViewModel vm;
    private final StackPane detail = new StackPane();
    private final StackPane body = new StackPane();
    private SplitPane chooser;
    private Node view;

    public PlaybooksScreen(PlaybooksViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String id() {
        return "playbooks";
    }

    @Override
    public String title() {
        return "Playbooks";
    }

    @Override
    public String icon() {
        return "fth-book-open";
    }

    @Override
    public Node view() {
        if (view == null) {
            VBox lists = new VBox(8, list(), interruptedRuns());
            VBox.setVgrow(lists.getChildren().get(0), Priority.ALWAYS);
            chooser = new SplitPane(lists, detail);
            chooser.setDividerPositions(0.3);
            detail.getChildren().setAll(new Label("Choose a playbook to start it or dry-run it."));
            body.getChildren().setAll(chooser);
            vm.selected.addListener((o, was, now) -> {
                if (now != null) {
                    detail.getChildren().setAll(startWithHistory(now));
                }
            });
            vm.history.opened.addListener((o, was, now) -> {
                if (vm.activeRun.get() == null) {
                    body.getChildren().setAll(now == null ? chooser : new PastRunPane(now, vm.history::close).build());
                }
            });
            vm.reopening.addListener((o, was, now) -> {
                if (now != null) {
                    detail.getChildren().setAll(new ReopenPane(vm, now).build());
                }
            });
            vm.activeRun.addListener((o, was, now) -> body.getChildren().setAll(
                    now == null ? chooser : new RunPane(now, vm::closeRun).build()));
            view = ScreenLayout.of("Rollback playbooks", body);
        }
        return view;
    }

    private Node list() {
        TableView<PlaybookRow> table = ScreenLayout.table("playbook-list", EmptyState.of("fth-book-open", "No playbooks yet",
                "A rollback playbook is the step-by-step runbook an incident commander follows when a release goes wrong. "
                        + "Add one with: drillbook import playbook FILE"));
        table.getColumns().add(ScreenLayout.column("Playbook", 200, PlaybookRow::name));
        table.getColumns().add(ScreenLayout.column("Target", 90, PlaybookRow::target));
        table.getColumns().add(StatusBadge.column("Last run", 220, PlaybookRow::lastTone, PlaybookRow::lastRun));
        table.setItems(vm.rows);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now.name());
            }
        });
        return table;
    }

    /** The start form above the playbook's past runs; a past run opens (double-click, Enter or Open run) in place of the chooser. */
    private Node startWithHistory(io.drillbook.core.playbook.Playbook playbook) {
        TableView<PastRunRow> runs = ScreenLayout.table("pb-history", new Label("Never run"));
        runs.getColumns().add(ScreenLayout.column("Started", 160, PastRunRow::started));
        runs.getColumns().add(StatusBadge.column("Outcome", 120, PastRunRow::tone, PastRunRow::status));
        runs.getColumns().add(ScreenLayout.column("By", 90, PastRunRow::operator));
        runs.getColumns().add(ScreenLayout.column("Took", 80, PastRunRow::took));
        runs.getColumns().add(ScreenLayout.column("Run", 200, PastRunRow::runId));
        runs.setItems(vm.history.runs);
        Runnable open = () -> {
            PastRunRow row = runs.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.history.open(row.runId());
            }
        };
        runs.setRowFactory(t -> {
            javafx.scene.control.TableRow<PastRunRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        runs.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.run();
            }
        });
        Button openButton = new Button("Open run");
        openButton.setId("pb-history-open");
        openButton.disableProperty().bind(runs.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.run());
        Label heading = new Label();
        heading.getStyleClass().add("run-detail-section");
        heading.textProperty().bind(Bindings.size(vm.history.runs).asString("Past runs (%d)"));
        Label message = new Label();
        message.textProperty().bind(vm.history.message);
        HBox top = new HBox(12, heading, openButton, message);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox history = new VBox(6, top, runs);
        history.setId("pb-history-section");
        history.setMinHeight(0);
        javafx.scene.control.ScrollPane start = new javafx.scene.control.ScrollPane(new StartPane(vm, playbook).build());
        start.setFitToWidth(true);
        start.setFitToHeight(true);
        SplitPane split = new SplitPane(start, history);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        return split;
    }

    /**
     * Shows the past run {@code runId} (its steps, timeline and evidence) in place of the chooser;
     * Back returns to it. Other screens (the overview) link a playbook run here. Ignored while a run is in progress.
     */
    public void openRun(String runId) {
        view();
        if (vm.activeRun.get() == null && runId != null) {
            vm.history.open(runId);
        }
    }

    /** True while a run started here has not ended (it holds its run lock and freeze). */
    public boolean runInProgress() {
        return vm.runInProgress();
    }

    /** Aborts that run because the console closes ("console closed"), releases its lock, then runs {@code done}. */
    public void abortRunForClose(Runnable done) {
        vm.abortForClose(done);
    }

    /** Runs a crash cut off, each reopenable; the section shows only when there are some. */
    private Node interruptedRuns() {
        TableView<InterruptedRunRow> table = ScreenLayout.table("interrupted-runs", new Label("No interrupted runs"));
        table.getColumns().add(ScreenLayout.column("Playbook", 160, InterruptedRunRow::playbook));
        table.getColumns().add(ScreenLayout.column("Target", 90, InterruptedRunRow::target));
        table.getColumns().add(ScreenLayout.column("Started", 130, InterruptedRunRow::started));
        table.getColumns().add(ScreenLayout.column("By", 70, InterruptedRunRow::operator));
        table.getColumns().add(StatusBadge.column("Stopped at", 180, r -> StatusTone.INTERRUPTED, InterruptedRunRow::stoppedAt));
        table.setItems(vm.interrupted);
        table.setPrefHeight(160);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectInterrupted(now.runId());
            }
        });
        Label heading = new Label("Interrupted runs: choose one to reopen it");
        heading.getStyleClass().add("pb-section");
        VBox section = new VBox(6, heading, table);
        section.visibleProperty().bind(Bindings.isNotEmpty(vm.interrupted));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    @Override
    public void refresh() {
        if (vm.activeRun.get() == null) {
            vm.load();
        }
    }

    /** Shows playbook {@code name} (the overview's links); a run under way here stays in front. */
    public void reveal(String name) {
        view();
        if (vm.activeRun.get() == null && name != null && !name.isBlank()) {
            vm.select(name);
        }
    }
}
