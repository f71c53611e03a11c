package io.drillbook.app;

import io.drillbook.app.demo.DemoInBackground;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.overview.OverviewScreen;
import io.drillbook.ui.shell.AppIcon;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The console. Opens (on first start creates) the workspace in the background while it shows its
 * window, then swaps in the main window; on first start the demo's history is prepared behind it.
 */
public final class ConsoleApplication extends Application {
    private static AppConfig config;
    private static FxTaskRunner runner;
    private static WorkspaceOpening workspaceOpening;
    private static final long SPIN_AFTER_MS = 1_000;
    private static final long ATTACH_AT_LATEST_MS = 700;

    private AppContext context;
    private WindowStateStore state;

    static void launchWith(AppConfig appConfig) {
        config = appConfig;
        StartupProbe.mark("launch-with");
        runner = new FxTaskRunner();
        StartupProbe.mark("runner");
        // The store opens while the toolkit starts, not after the first frame.
        workspaceOpening = WorkspaceOpening.begin(config, Clock::systemDefaultZone, runner);
        StartupProbe.mark("launch");
        Application.launch(ConsoleApplication.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx-start");
        state = new WindowStateStore(config.dataDir().resolve("console.properties"));
        Label opening = new Label("Opening workspace in " + config.dataDir() + " …");
        VBox splash = new VBox(16, opening);
        splash.getStyleClass().add("splash");
        spinIfStillOpening(splash);
        Scene scene = new Scene(splash);
        state.theme().applyTo(scene);
        stage.setScene(scene);
        stage.setTitle("Drillbook");
        AppIcon.addTo(stage);
        state.restore(stage);
        stage.setOnCloseRequest(e -> state.remember(stage));
        StartupProbe.mark("stage-show");
        stage.show();
        StartupProbe.mark("stage-shown");
        StartupProbe.afterFirstFrame(scene);
        BackgroundTask.of(workspaceOpening::await)
                .titled("open workspace")
                .onSuccess(opened -> {
                    StartupProbe.mark("opened-on-fx");
                    context = opened.context();
                    OverviewScreen overview = opened.overview().screen(runner, opened.firstLook());
                    MainWindow main = ConsoleWindow.build(stage, context, overview, runner, state);
                    StartupProbe.mark("main-window-built");
                    Runnable attach = once(() -> attach(stage, main, overview, opened.demo()));
                    overview.whenFirstLookLoaded(attach);
                    CompletableFuture.delayedExecutor(ATTACH_AT_LATEST_MS, TimeUnit.MILLISECONDS, Platform::runLater).execute(attach);
                })
                .onFailure(this::failedToOpen)
                .runWith(runner);
    }

    /**
     * Replaces the splash with the main window: once the overview has its first answers (one layout of
     * the whole window, with them), or {@value #ATTACH_AT_LATEST_MS} ms after it was built if they take
     * longer (a large workspace), showing it loading. The demo's work starts behind it after that.
     */
    private void attach(Stage stage, MainWindow main, OverviewScreen overview, DemoInBackground demo) {
        ConsoleWindow.attach(stage, main, state);
        if (demo.pending()) {
            demo.fillBehind(main, runner, StartupProbe::afterDemoReady); // covers the screens at once
        }
        overview.afterFirstLook(() -> {
            StartupProbe.workspaceShown(overview);
            if (!demo.pending()) {
                demo.fillBehind(main, runner, StartupProbe::afterDemoReady); // its check waits for the overview
            }
        });
    }

    private static Runnable once(Runnable action) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    /**
     * Adds a spinner to the splash when the store is not open after {@value #SPIN_AFTER_MS} ms (a first
     * start, a recovery). Not at once: a spinner is redrawn every frame, and on a warm start those
     * frames take processor time from the two cores opening the store and building the window.
     */
    private void spinIfStillOpening(VBox splash) {
        CompletableFuture.delayedExecutor(SPIN_AFTER_MS, TimeUnit.MILLISECONDS, Platform::runLater).execute(() -> {
            if (context == null && splash.getScene() != null && splash.getScene().getRoot() == splash) {
                splash.getChildren().add(0, new ProgressIndicator());
            }
        });
    }

    /** Opens the store as the console does: the demo on first start, runs a crash cut off marked interrupted. */
    static AppContext openWorkspace(AppConfig config, Clock clock) {
        AppContext ctx = new AppContext(config, clock);
        ctx.seedDemoIfEmpty();
        ctx.recoverInterruptedRuns();
        return ctx;
    }

    private void failedToOpen(Throwable e) {
        Log.LOGGER.error("Cannot open the workspace", e);
        Alert alert = new Alert(Alert.AlertType.ERROR, "Drillbook cannot open its workspace:\n" + e.getMessage()
                + "\n\nDetails are in " + config.logDir().resolve("drillbook.log"));
        alert.setHeaderText("Workspace not available");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        state.save();
        runner.close();
        if (context != null) {
            context.close();
        }
    }

    /**
     * Created on first use, not when this class loads: the console's start must not wait for the
     * logging set-up, which runs meanwhile on the thread opening the store (docs/adr/0026-start-up.md).
     */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(ConsoleApplication.class);
    }
}
