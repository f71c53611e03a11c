package io.drillbook.ui.calendar;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Supplier;

/** "Files" menu: import ICS, export ICS, import releases from CSV (with a preview first). */
final class CalendarFileMenu extends MenuButton {

    CalendarFileMenu(CalendarFilesViewModel files, Supplier<Window> owner) {
        super("Files");
        setId("calendar-files");
        MenuItem importIcs = new MenuItem("Import ICS…");
        importIcs.setOnAction(e -> open(owner, "Calendar files", "*.ics").ifPresent(f -> files.previewIcs(f.toPath(),
                model -> new IcsImportDialog(model).showAndWait().ifPresent(files::storeIcs))));
        MenuItem exportIcs = new MenuItem("Export shown range as ICS…");
        exportIcs.setOnAction(e -> {
            FileChooser chooser = chooser("Calendar files", "*.ics");
            chooser.setInitialFileName("drillbook.ics");
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                files.exportIcs(file.toPath());
            }
        });
        MenuItem importCsv = new MenuItem("Import releases from CSV…");
        importCsv.setOnAction(e -> open(owner, "CSV files", "*.csv").ifPresent(f -> files.previewCsv(f.toPath(),
                preview -> new CsvImportDialog(preview).showAndWait().ifPresent(files::saveCsv))));
        getItems().addAll(importIcs, exportIcs, importCsv);
    }

    private static java.util.Optional<File> open(Supplier<Window> owner, String what, String pattern) {
        return java.util.Optional.ofNullable(chooser(what, pattern).showOpenDialog(owner.get()));
    }

    private static FileChooser chooser(String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        return chooser;
    }
}
