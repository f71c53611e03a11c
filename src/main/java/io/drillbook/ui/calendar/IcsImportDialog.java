package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.PreviewEvent;
import io.drillbook.ui.common.ScreenLayout;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Calendar import preview: event, recurrence, zone, kind (a choice per row), what decided it, and
 * systems/environments (editable). "Import" stores everything as shown, and only when no event
 * has a problem; nothing is stored before.
 */
final class IcsImportDialog extends Dialog<ImportPreview> {

    IcsImportDialog(IcsImportPreviewViewModel model) {
        setTitle("Import calendar");
        setHeaderText(model.title());
        setResizable(true);
        TableView<PreviewEvent> table = ScreenLayout.table("ics-preview", new Label("The file holds no events"));
        table.setEditable(true);
        table.getColumns().add(ScreenLayout.column("Line", 50, e -> String.valueOf(e.line())));
        table.getColumns().add(ScreenLayout.column("Event", 220, PreviewEvent::title));
        table.getColumns().add(ScreenLayout.column("Recurrence", 290, PreviewEvent::recurrence));
        table.getColumns().add(ScreenLayout.column("Zone", 150, PreviewEvent::zone));
        table.getColumns().add(kindColumn(model));
        table.getColumns().add(ScreenLayout.column("Decided by", 110, PreviewEvent::kindSource));
        table.getColumns().add(targetsColumn(model));
        table.setItems(model.rows());
        table.setPrefSize(1180, 360);
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("ics-preview-problems");
        problems.setPrefHeight(110);
        Label summary = new Label();
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.problems().isEmpty()
                ? model.rows().size() + " events ready: " + model.previewProperty().get().kindCounts()
                : model.problems().size() + " problem(s): change a kind or the systems, or cancel; nothing is imported until they are fixed",
                model.problems(), model.rows()));
        summary.setId("ics-preview-summary");
        getDialogPane().setContent(new VBox(8, summary, table, problems));
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(importButton);
        ok.setId("ics-preview-import");
        ok.disableProperty().bind(model.readyProperty().not());
        setResultConverter(b -> b == importButton ? model.previewProperty().get() : null);
    }

    private static TableColumn<PreviewEvent, EntryKind> kindColumn(IcsImportPreviewViewModel model) {
        TableColumn<PreviewEvent, EntryKind> kind = new TableColumn<>("Kind");
        kind.setId("ics-preview-kind");
        kind.setPrefWidth(150);
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().kind()));
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(EntryKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public EntryKind fromString(String s) {
                return java.util.Arrays.stream(EntryKind.values()).filter(k -> k.label().equals(s)).findFirst().orElse(null);
            }
        }, FXCollections.observableArrayList(EntryKind.values())));
        kind.setOnEditCommit(e -> model.setKind(e.getTablePosition().getRow(), e.getNewValue()));
        return kind;
    }

    private static TableColumn<PreviewEvent, String> targetsColumn(IcsImportPreviewViewModel model) {
        TableColumn<PreviewEvent, String> targets = new TableColumn<>("Systems / environments");
        targets.setPrefWidth(190);
        targets.setCellValueFactory(c -> new SimpleStringProperty(String.join(",", c.getValue().systems()) + " / "
                + (c.getValue().environments().isEmpty() ? "all" : String.join(",", c.getValue().environments()))));
        targets.setCellFactory(TextFieldTableCell.forTableColumn());
        targets.setOnEditCommit(e -> {
            String[] parts = e.getNewValue().split("/", 2);
            model.setTargets(e.getTablePosition().getRow(), parts[0], parts.length > 1 ? parts[1] : "");
        });
        return targets;
    }
}
