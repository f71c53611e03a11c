package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.drill.DrillsScreen;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Screenshots of the run detail views at 1280x800 on the full demo workspace plus a failed drill
 * with a gap and a completed playbook run: {@code RunDetailShotsMain$Main OUTDIR [dark]} under Xvfb
 * writes drills, drill-detail, playbooks and playbook-run PNGs (suffixed -light or -dark).
 */
public final class RunDetailShotsMain extends Application {
    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            arguments = args;
            Application.launch(RunDetailShotsMain.class, args);
        }
    }

    private static String[] arguments;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-shots");
        boolean dark = arguments.length > 1 && arguments[1].equals("dark");
        String suffix = dark ? "-dark" : "-light";
        AppContext ctx = new AppContext(new AppConfig(dir, null, "alice"), Clock.systemDefaultZone());
        ctx.seedDemoIfEmpty();
        RecordedRuns runs = RecordedRuns.recordInto(ctx);
        FxTaskRunner runner = new FxTaskRunner();
        WindowStateStore state = new WindowStateStore(dir.resolve("console.properties"));
        state.setTheme(dark ? io.drillbook.ui.common.Theme.DARK : io.drillbook.ui.common.Theme.LIGHT);
        stage.setWidth(1280);
        stage.setHeight(800);
        MainWindow main = ConsoleWindow.show(stage, ctx, runner, state);
        stage.show();
        Deque<Runnable> steps = new ArrayDeque<>();
        steps.add(() -> main.show("drills"));
        steps.add(() -> shot(stage, "drills" + suffix));
        steps.add(() -> ((DrillsScreen) main.screen("drills").orElseThrow()).openRun(runs.failedDrill()));
        steps.add(() -> shot(stage, "drill-detail" + suffix));
        steps.add(() -> main.show("playbooks"));
        steps.add(() -> ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#playbook-list")).getSelectionModel().select(0));
        steps.add(() -> shot(stage, "playbooks" + suffix));
        steps.add(() -> ((PlaybooksScreen) main.screen("playbooks").orElseThrow()).openRun(runs.completedPlaybookRun()));
        steps.add(() -> shot(stage, "playbook-run" + suffix));
        steps.add(() -> {
            runner.close();
            ctx.close();
            Platform.exit();
        });
        next(steps);
    }

    private static void next(Deque<Runnable> steps) {
        PauseTransition settle = new PauseTransition(Duration.seconds(2.5));
        settle.setOnFinished(e -> {
            steps.poll().run();
            if (!steps.isEmpty()) {
                next(steps);
            }
        });
        settle.play();
    }

    private static void shot(Stage stage, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                    new File(arguments[0], name + ".png"));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
