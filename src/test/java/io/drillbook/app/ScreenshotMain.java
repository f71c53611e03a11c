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
 * {@code java -cp ... io.drillbook.app.ScreenshotMain OUT.png [screen-id|calendar-month|drill-wizard] [dark]}.
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
        String shot = arguments.length > 1 ? arguments[1] : "calendar";
        main.show(shot.startsWith("calendar") ? "calendar" : shot.equals("drill-wizard") ? "drills" : shot);
        if (shot.equals("calendar-month")) {
            ((io.drillbook.ui.calendar.CalendarScreen) main.screen("calendar").orElseThrow())
                    .showPage(com.calendarfx.view.CalendarView.Page.MONTH);
        }
        if (shot.equals("drill-wizard")) {
            ((javafx.scene.control.Button) stage.getScene().lookup("#drill-new")).fire();
            javafx.animation.PauseTransition choose = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            choose.setOnFinished(e -> chooseWizardRows(stage));
            choose.play();
        }
        // Give background loads time to land, then snapshot.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(shot.equals("drill-wizard") ? 9 : 4));
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

    /** The wizard on its backups page: the demo's payments/prod target and SQL plan chosen. */
    @SuppressWarnings("unchecked")
    private static void chooseWizardRows(Stage stage) {
        var targets = (javafx.scene.control.TableView<io.drillbook.ui.drill.DrillTargetRow>) stage.getScene().lookup("#wizard-targets");
        targets.getItems().stream().filter(r -> r.target().equals(new io.drillbook.core.model.SystemEnv("payments", "prod"))).findFirst()
                .ifPresent(r -> targets.getSelectionModel().select(r));
        ((javafx.scene.control.Button) stage.getScene().lookup("#wizard-next")).fire();
        javafx.animation.PauseTransition plan = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        plan.setOnFinished(e -> {
            var plans = (javafx.scene.control.ListView<io.drillbook.core.drill.StoredDrillPlan>) stage.getScene().lookup("#wizard-plans");
            plans.getItems().stream().filter(p -> p.name().equals("demo: payments database restore")).findFirst()
                    .ifPresent(p -> plans.getSelectionModel().select(p));
            ((javafx.scene.control.Button) stage.getScene().lookup("#wizard-next")).fire();
        });
        plan.play();
    }
}
