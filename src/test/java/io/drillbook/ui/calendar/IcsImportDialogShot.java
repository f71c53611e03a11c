package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.IcsImportOptions;
import io.drillbook.infra.ics.IcsImporter;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;


import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * Renders the calendar import preview of a file to a PNG, to look at it:
 * {@code java -cp ... io.drillbook.ui.calendar.IcsImportDialogShot$Main CALENDAR.ics OUT.png}.
 */
public final class IcsImportDialogShot extends Application {
    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            arguments = args;
            Application.launch(IcsImportDialogShot.class, args);
        }
    }

    private static String[] arguments;

    @Override
    public void start(Stage stage) throws Exception {
        IcsImporter importer = new IcsImporter(IcsImportOptions.defaults(ZoneId.of("Europe/Berlin"))
                .withKnown(Set.of("orders-db", "billing", "shop"), Set.of("prod", "staging")));
        IcsImportPreviewViewModel model = new IcsImportPreviewViewModel(importer, importer.preview(Path.of(arguments[0])));
        IcsImportDialog dialog = new IcsImportDialog(model);
        dialog.getDialogPane().getStylesheets().add(IcsImportDialog.class.getResource("/assets/themes/drillbook.css").toExternalForm());
        dialog.show();
        Scene scene = dialog.getDialogPane().getScene();
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(arguments[1]));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            Platform.exit();
        });
        settle.play();
    }
}
