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
 * Renders the console on a fresh demo workspace to a PNG, for the README:
 * {@code java -cp ... io.drillbook.app.ScreenshotMain OUT.png [screen-id] [dark]}.
 */
public final class ScreenshotMain extends Application {
    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            ScreenshotMain.main(args);
        }
    }

    private static String[] arguments;

    public static void main(String[] args) {
        arguments = args;
        Application.launch(ScreenshotMain.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-shot");
        AppContext ctx = new AppContext(new AppConfig(dir, null, "alice"), Clock.systemDefaultZone());
        ctx.seedDemoIfEmpty();
        FxTaskRunner runner = new FxTaskRunner();
        WindowStateStore state = new WindowStateStore(dir.resolve("console.properties"));
        if (arguments.length > 2 && arguments[2].equals("dark")) {
            state.setTheme(io.drillbook.ui.common.Theme.DARK);
        }
        stage.setWidth(1280);
        stage.setHeight(800);
        var main = ConsoleWindow.show(stage, ctx, runner, state);
        stage.show();
        main.show(arguments.length > 1 ? arguments[1] : "calendar");
        // Give background loads time to land, then snapshot.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(arguments[0]));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            runner.close();
            ctx.close();
            Platform.exit();
        });
        settle.play();
    }
}
