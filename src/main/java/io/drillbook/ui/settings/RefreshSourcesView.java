package io.drillbook.ui.settings;

import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.ui.common.ScreenLayout;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

import static io.drillbook.ui.settings.ConnectionProfilesView.button;

/** The inventory refresh tab: sources, their form, "Refresh now" and the outcomes so far. */
final class RefreshSourcesView extends HBox {
    private final RefreshSourcesViewModel model;
    private final TableView<RefreshSource> table = ScreenLayout.table("refresh-sources", new Label("No refresh sources yet"));
    private final TextField name = field("refresh-name");
    private final ComboBox<RefreshSource.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(RefreshSource.Kind.values()));
    private final TextField profile = field("refresh-profile");
    private final TextField command = field("refresh-command");
    private final ComboBox<String> format = new ComboBox<>();
    private final TextField namingRule = field("refresh-naming-rule");
    private final TextField system = field("refresh-system");
    private final TextField environment = field("refresh-environment");
    private final TextField interval = field("refresh-interval");
    private final Label problems = new Label();

    RefreshSourcesView(RefreshSourcesViewModel model, List<String> formats) {
        super(16);
        this.model = model;
        kind.setId("refresh-kind");
        format.setId("refresh-format");
        format.getItems().setAll(formats);
        table.getColumns().add(ScreenLayout.column("Name", 120, RefreshSource::name));
        table.getColumns().add(ScreenLayout.column("Kind", 70, s -> s.kind().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Profile", 100, RefreshSource::profile));
        table.getColumns().add(ScreenLayout.column("Reads", 220, s -> s.kind() == RefreshSource.Kind.S3 ? s.namingRule() : s.command()));
        table.getColumns().add(ScreenLayout.column("Every", 80, s -> s.scheduled() ? s.interval().toMinutes() + " min" : "on demand"));
        table.setItems(model.sources());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null) {
                show(RefreshDraft.of(s));
            }
        });
        problems.getStyleClass().add("problem");
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new VBox(8, form(), buttons(), problems, outcomes()));
        show(RefreshDraft.blank());
    }

    private GridPane form() {
        GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Profile (connection or storage)"), profile);
        grid.addRow(3, new Label("Listing command"), command);
        grid.addRow(4, new Label("Format"), format);
        grid.addRow(5, new Label("Naming rule (s3; blank: profile's)"), namingRule);
        grid.addRow(6, new Label("System"), system);
        grid.addRow(7, new Label("Environment"), environment);
        grid.addRow(8, new Label("Every (min, 0: on demand)"), interval);
        return grid;
    }

    private HBox buttons() {
        Button save = button("refresh-save", "Save", () -> problems.setText(String.join("\n", model.save(read()))));
        Button delete = button("refresh-delete", "Delete", () -> selected().ifPresent(s -> model.delete(s.name())));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button now = button("refresh-now", "Refresh now", () -> selected().ifPresent(s -> model.refreshNow(s.name())));
        now.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.refreshingProperty()));
        Button all = button("refresh-all", "Refresh all", () -> model.refreshNow(null));
        all.disableProperty().bind(model.refreshingProperty());
        Button cancel = button("refresh-cancel", "Cancel", model::cancelRefresh);
        cancel.disableProperty().bind(model.refreshingProperty().not());
        return new HBox(8, button("refresh-new", "New", () -> show(RefreshDraft.blank())), save, delete, now, all, cancel);
    }

    private VBox outcomes() {
        Label message = new Label();
        message.setId("refresh-message");
        message.textProperty().bind(model.messageProperty());
        ListView<String> list = new ListView<>(model.outcomes());
        list.setId("refresh-outcomes");
        list.setPrefHeight(160);
        return new VBox(6, message, list);
    }

    private java.util.Optional<RefreshSource> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void show(RefreshDraft d) {
        name.setText(d.name());
        kind.setValue(d.kind());
        profile.setText(d.profile());
        command.setText(d.command());
        format.setValue(d.format());
        namingRule.setText(d.namingRule());
        system.setText(d.system());
        environment.setText(d.environment());
        interval.setText(d.intervalMinutes());
    }

    private RefreshDraft read() {
        return new RefreshDraft(name.getText(), kind.getValue(), profile.getText(), command.getText(), format.getValue(),
                namingRule.getText(), system.getText(), environment.getText(), interval.getText());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }
}
