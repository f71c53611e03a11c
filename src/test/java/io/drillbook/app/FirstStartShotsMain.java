package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Renders the very first start as a user sees it (fresh data folder, the demo being prepared behind
 * its cover) to a PNG: {@code java -cp ... io.drillbook.app.FirstStartShotsMain$Main OUT.png [dark]}.
 */
public final class FirstStartShotsMain extends Application {
    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            arguments = args;
            Application.launch(FirstStartShotsMain.class, args);
        }
    }

    private static String[] arguments;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-first-start-shot");
        FxTaskRunner runner = new FxTaskRunner();
        WindowStateStore state = new WindowStateStore(dir.resolve("data/console.properties"));
        if (arguments.length > 1 && arguments[1].equals("dark")) {
            state.setTheme(io.drillbook.ui.common.Theme.DARK);
        }
        WorkspaceOpening.Opened opened = WorkspaceOpening.begin(new AppConfig(dir.resolve("data"), null, "alice"),
                Clock.systemDefaultZone(), runner).await();
        stage.setWidth(1280);
        stage.setHeight(800);
        var main = ConsoleWindow.show(stage, opened.context(), runner, state);
        stage.show();
        opened.demo().fillBehind(main, runner, () -> { });
        // The cover's spinner and words, a second after they came up.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(arguments[0]));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            runner.close();
            opened.context().close();
            Platform.exit();
        });
        settle.play();
    }
}
