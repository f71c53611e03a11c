package io.drillbook.ui.drill;

import io.drillbook.core.drill.StoredDrillPlan;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;

/** Builds the wizard's pages except the run and result pages ({@link DrillRunPages}); binds only. */
final class DrillWizardPages {
    private final DrillWizardViewModel model;
    private final ZoneId zone;

    DrillWizardPages(DrillWizardViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    Node page(WizardPage page) {
        return switch (page) {
            case TARGET -> targets();
            case PLAN -> plans();
            case BACKUP -> backups();
            case PREFLIGHT -> preflight();
            case RUN -> DrillRunPages.run(model.session(), model::startRun);
            case RESULTS -> DrillRunPages.results(model.session());
            case GAPS -> gaps();
            case SUMMARY -> DrillRunPages.summary(model);
        };
    }

    private Node targets() {
        TableView<DrillTargetRow> table = ScreenLayout.table("wizard-targets", new Label("No systems with a policy"));
        table.getColumns().add(ScreenLayout.column("System / environment", 170, r -> r.target().toString()));
        table.getColumns().add(ScreenLayout.column("RPO", 80, r -> Formats.duration(r.policy().rpo())));
        table.getColumns().add(ScreenLayout.column("RTO", 80, r -> Formats.duration(r.policy().rto())));
        table.getColumns().add(io.drillbook.ui.common.StatusBadge.column("Last drill", 240,
                r -> r.lastDrill() == null ? io.drillbook.ui.common.StatusTone.NEUTRAL : io.drillbook.ui.common.StatusTone.of(r.lastDrill().result()),
                r -> r.lastDrill() == null ? "never"
                        : Formats.dateTime(r.lastDrill().startedAt(), zone) + " " + r.lastDrill().result().name().toLowerCase()));
        table.setItems(model.targets());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.targetProperty().set(b));
        // a target chosen for the user (an overview link) is shown selected, not only remembered
        model.targetProperty().addListener((o, a, b) -> showChosen(table, b));
        showChosen(table, model.targetProperty().get());
        return table;
    }

    private static void showChosen(TableView<DrillTargetRow> table, DrillTargetRow chosen) {
        if (chosen == null || chosen.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        table.getSelectionModel().select(chosen);
        table.scrollTo(chosen);
    }

    private Node plans() {
        ListView<StoredDrillPlan> list = new ListView<>(model.plans());
        list.setId("wizard-plans");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StoredDrillPlan item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "   (updated " + Formats.dateTime(item.updatedAt(), zone)
                        + " by " + item.updatedBy() + ")");
            }
        });
        list.setPlaceholder(new Label("No drill plan for this system yet: import one with 'drillbook import drill-plan FILE'."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.planProperty().set(b));
        return list;
    }

    private Node backups() {
        TableView<BackupRow> table = ScreenLayout.table("wizard-backups", new Label("No succeeded backup to restore"));
        table.getColumns().add(ScreenLayout.column("Backup", 200, r -> r.backup().externalId()));
        table.getColumns().add(ScreenLayout.column("Completed", 170, r -> Formats.dateTime(r.backup().completedAt(), zone)));
        table.getColumns().add(io.drillbook.ui.common.StatusBadge.column("Age", 140,
                r -> r.withinRpo() == null ? null : r.withinRpo() ? io.drillbook.ui.common.StatusTone.OK : io.drillbook.ui.common.StatusTone.WARNING,
                r -> Formats.duration(r.age()) + (r.withinRpo() == null ? "" : r.withinRpo() ? " (within RPO)" : " (beyond RPO)")));
        table.getColumns().add(ScreenLayout.column("Size", 90, r -> r.backup().sizeBytes() < 0 ? "?" : Formats.size(r.backup().sizeBytes())));
        table.getColumns().add(ScreenLayout.column("Verified", 70, r -> r.backup().verified() ? "\u2714" : ""));
        table.setItems(model.backups());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.backupProperty().set(b));
        Label status = new Label();
        status.setId("wizard-backups-status");
        status.setWrapText(true);
        status.textProperty().bind(model.backupPage().statusProperty());
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return new VBox(8, status, table);
    }

    private Node preflight() {
        Label target = new Label();
        target.setId("wizard-preflight");
        target.textProperty().bind(model.preflightProperty().map(t -> t.ok()
                ? "Connection to '" + t.profile() + "' OK" + (t.latency() == null ? "" : " (" + t.latency().toMillis() + " ms)")
                : "Connection to '" + t.profile() + "' FAILED at " + t.stage() + ": " + t.problem()).orElse("Testing the connection..."));
        CheckBox disposable = new CheckBox("The target is isolated and disposable: the drill may create and delete data there");
        disposable.setId("wizard-disposable");
        disposable.selectedProperty().bindBidirectional(model.disposableConfirmedProperty());
        return new VBox(12, new Label("The drill runs on the plan's target profile; nothing runs on the production system."),
                target, disposable);
    }

    private Node gaps() {
        TextField description = new TextField();
        description.setId("gap-description");
        description.setPromptText("What was missing or had to be done by hand");
        TextField owner = new TextField();
        owner.setId("gap-owner");
        owner.setPromptText("Owner");
        DatePicker due = new DatePicker();
        due.setId("gap-due");
        Label problem = new Label();
        Button add = new Button("Add gap");
        add.setId("gap-add");
        add.setOnAction(e -> {
            try {
                model.gaps().add(description.getText(), owner.getText(), due.getValue());
                description.clear();
                problem.setText("");
            } catch (RuntimeException ex) {
                problem.setText(ex.getMessage());
            }
        });
        ListView<DrillGap> list = new ListView<>(model.gaps().gaps());
        list.setId("gap-list");
        list.setPrefHeight(120);
        TextArea notes = new TextArea();
        notes.setId("drill-notes");
        notes.setPromptText("Notes for the record");
        notes.textProperty().bindBidirectional(model.gaps().notesProperty());
        return new VBox(8, new HBox(8, description, owner, due, add), problem, list, new Label("Notes"), notes);
    }
}
