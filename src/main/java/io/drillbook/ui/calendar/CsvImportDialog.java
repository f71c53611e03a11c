package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CsvReleasePreview;
import io.drillbook.core.calendar.CsvRowPreview;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Shows every CSV row with its problems before anything is saved; "Import" only when no row has one. */
final class CsvImportDialog extends Dialog<CsvReleasePreview> {

    CsvImportDialog(CsvReleasePreview preview) {
        setTitle("Import releases from " + preview.file());
        TableView<CsvRowPreview> rows = ScreenLayout.table("csv-preview", new Label(String.join("\n", preview.fileProblems())));
        rows.getColumns().add(ScreenLayout.column("Line", 50, r -> String.valueOf(r.line())));
        rows.getColumns().add(ScreenLayout.column("Release", 110, r -> r.release() == null ? "" : r.release().id()));
        rows.getColumns().add(ScreenLayout.column("Title", 200, r -> r.release() == null ? "" : r.release().title()));
        rows.getColumns().add(ScreenLayout.column("Problems", 360, r -> r.ok() ? "ok" : String.join("; ", r.problems())));
        rows.getItems().setAll(preview.rows());
        rows.setPrefSize(760, 360);
        Label summary = new Label(preview.ok() ? preview.rows().size() + " releases ready to import"
                : preview.problems().size() + " problem(s): nothing will be imported until they are fixed");
        getDialogPane().setContent(new VBox(8, summary, rows));
        ButtonType importButton = new ButtonType("Import", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(importButton);
        ok.setDisable(!preview.ok());
        setResultConverter(b -> b == importButton ? preview : null);
    }
}
