package io.drillbook.ui.settings;

import io.drillbook.core.connect.StorageProfile;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import static io.drillbook.ui.settings.ConnectionProfilesView.button;

/** The storage profiles tab: table, form, and the naming-rule preview on real objects. */
final class StorageProfilesView extends HBox {
    private final StorageProfilesViewModel model;
    private final TableView<StorageProfile> table = ScreenLayout.table("storage-profiles", new Label("No storage profiles yet"));
    private final TextField name = field("storage-name");
    private final TextField region = field("storage-region");
    private final TextField awsProfile = field("storage-aws-profile");
    private final TextField endpoint = field("storage-endpoint");
    private final CheckBox pathStyle = new CheckBox("Path-style addressing");
    private final TextField bucket = field("storage-bucket");
    private final TextField prefix = field("storage-prefix");
    private final TextField namingRule = field("storage-naming-rule");
    private final Label problems = new Label();

    StorageProfilesView(StorageProfilesViewModel model) {
        super(16);
        this.model = model;
        table.getColumns().add(ScreenLayout.column("Name", 120, StorageProfile::name));
        table.getColumns().add(ScreenLayout.column("Location", 220, StorageProfile::location));
        table.getColumns().add(ScreenLayout.column("Credentials", 120, p -> p.namedAwsProfile().orElse("default chain")));
        table.getColumns().add(ScreenLayout.column("Naming rule", 220, StorageProfile::namingRule));
        table.setItems(model.profiles());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> {
            if (p != null) {
                show(StorageDraft.of(p));
            }
        });
        pathStyle.setId("storage-path-style");
        problems.setId("storage-problems");
        problems.getStyleClass().add("problem");
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new VBox(8, form(), buttons(), problems, preview()));
        show(StorageDraft.blank());
    }

    private GridPane form() {
        GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Region"), region);
        grid.addRow(2, new Label("AWS profile (blank: default chain)"), awsProfile);
        grid.addRow(3, new Label("Endpoint override"), endpoint);
        grid.addRow(4, new Label(""), pathStyle);
        grid.addRow(5, new Label("Bucket"), bucket);
        grid.addRow(6, new Label("Prefix"), prefix);
        grid.addRow(7, new Label("Naming rule"), namingRule);
        return grid;
    }

    private HBox buttons() {
        Button create = button("storage-new", "New", () -> {
            table.getSelectionModel().clearSelection();
            show(StorageDraft.blank());
        });
        Button save = button("storage-save", "Save", () -> problems.setText(String.join("\n", model.save(read()))));
        Button delete = button("storage-delete", "Delete", () -> {
            StorageProfile p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.delete(p.name());
            }
        });
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new HBox(8, create, save, delete);
    }

    private VBox preview() {
        Button run = button("storage-preview", "Preview naming rule", () -> problems.setText(String.join("\n", model.preview(read()))));
        run.disableProperty().bind(model.listingProperty());
        Button cancel = button("storage-preview-cancel", "Cancel", model::cancelPreview);
        cancel.disableProperty().bind(model.listingProperty().not());
        Label status = new Label();
        status.setId("storage-preview-status");
        status.textProperty().bind(model.previewStatusProperty());
        ListView<String> matched = new ListView<>(model.matched());
        matched.setId("storage-preview-matched");
        ListView<String> unmatched = new ListView<>(model.unmatched());
        unmatched.setId("storage-preview-unmatched");
        matched.setPrefHeight(140);
        unmatched.setPrefHeight(100);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        return new VBox(6, new HBox(8, run, cancel), status, new Label("Matched"), matched, new Label("Not matched"), unmatched, message);
    }

    private void show(StorageDraft d) {
        name.setText(d.name());
        region.setText(d.region());
        awsProfile.setText(d.awsProfile());
        endpoint.setText(d.endpoint());
        pathStyle.setSelected(d.pathStyle());
        bucket.setText(d.bucket());
        prefix.setText(d.prefix());
        namingRule.setText(d.namingRule());
    }

    private StorageDraft read() {
        return new StorageDraft(name.getText(), region.getText(), awsProfile.getText(), endpoint.getText(), pathStyle.isSelected(),
                bucket.getText(), prefix.getText(), namingRule.getText());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }
}
