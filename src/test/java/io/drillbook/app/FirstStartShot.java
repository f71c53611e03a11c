package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.Theme;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.time.Clock;

/**
 * Renders the console's very first start to PNGs, to look at it: the screens covered while the demo
 * data is prepared (light and dark), then the first screen with the data:
 * {@code java -cp ... io.drillbook.app.FirstStartShot$Main OUT-PREFIX}.
 */
public final class FirstStartShot extends Application {
    private static String prefix;

    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            prefix = args[0];
            Application.launch(FirstStartShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        AppConfig config = new AppConfig(Files.createTempDirectory("drillbook-shot"), null, "alice");
        WorkspaceOpening.Opened opened = WorkspaceOpening.begin(config, Clock.systemDefaultZone(), runner).await();
        stage.setWidth(1280);
        stage.setHeight(800);
        WindowStateStore state = new WindowStateStore(config.dataDir().resolve("console.properties"));
        MainWindow main = ConsoleWindow.show(stage, opened.context(), runner, state);
        stage.show();
        Scene scene = stage.getScene();
        opened.demo().fillBehind(main, runner, () -> {
            Theme.LIGHT.applyTo(scene);
            shot(scene, "-ready-light.png");
            Platform.exit();
        });
        shot(scene, "-preparing-light.png");
        Theme.DARK.applyTo(scene);
        shot(scene, "-preparing-dark.png");
    }

    private static void shot(Scene scene, String suffix) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(prefix + suffix));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
