package io.drillbook.app;

import io.drillbook.app.drills.DrillsScreens;
import io.drillbook.app.platform.FreezesChanged;
import io.drillbook.app.settings.ConsoleConnectors;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.overview.OverviewScreen;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.StatusBar;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Instant;

/** Puts the main window into a stage for an opened workspace. */
final class ConsoleWindow {
    private ConsoleWindow() {
    }

    /** Shows the main window, its overview loading when shown; it listens to changes made elsewhere until the stage is hidden. */
    static MainWindow show(Stage stage, AppContext ctx, FxTaskRunner runner, WindowStateStore state) {
        return show(stage, ctx, ConsoleScreens.overview(ctx, java.time.ZoneId.systemDefault()).screen(runner), runner, state);
    }

    /** Shows the main window with {@code overview} as its home; it listens to changes made elsewhere until the stage is hidden. */
    static MainWindow show(Stage stage, AppContext ctx, OverviewScreen overview, FxTaskRunner runner, WindowStateStore state) {
        MainWindow main = build(stage, ctx, overview, runner, state);
        attach(stage, main, state);
        return main;
    }

    /** Puts {@code main} into the stage's scene (replacing what it showed), with the theme and the keyboard shortcuts. */
    static void attach(Stage stage, MainWindow main, WindowStateStore state) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(main);
            stage.setScene(scene);
        } else {
            scene.setRoot(main);
        }
        state.theme().applyTo(scene);
        main.installShortcuts(scene);
        StartupProbe.mark("scene-set");
    }

    /**
     * Builds the main window with {@code overview} shown (and loading), not yet in the stage's scene:
     * the console puts it there once the overview has its answers, so the first frame of the window
     * is laid out once, with them. It listens to changes made elsewhere until the stage is hidden.
     */
    static MainWindow build(Stage stage, AppContext ctx, OverviewScreen overview, FxTaskRunner runner, WindowStateStore state) {
        StatusBar status = new StatusBar(ctx.platform().database().describe(), ctx.platform().config().operator(), runner.runningProperty());
        var screens = ConsoleScreens.create(ctx, overview, runner);
        StartupProbe.mark("screens-created");
        MainWindow main = new MainWindow(screens, status, state.theme(), state::setLastScreen);
        StartupProbe.mark("main-window");
        main.onThemeChange(state::setTheme);
        main.show("overview");
        StartupProbe.mark("overview-shown"); // the console's home, whatever screen was open last
        showActiveFreeze(ctx, runner, status);
        ctx.team().lockWatch().onLoss(words -> FxTaskRunner.onFxThread(() -> status.noticeProperty().set(words)));
        ctx.platform().events().subscribe(FreezesChanged.class, e -> FxTaskRunner.onFxThread(() -> showActiveFreeze(ctx, runner, status)));
        DrillsScreens.noticeLeftovers(ctx.drills(), ConsoleConnectors.of(ctx.settings()), runner, status.noticeProperty()::set);
        stage.setTitle("Drillbook — " + ctx.platform().database().describe());
        WorkspaceChangeFeed feed = ctx.team().openChangeFeed();
        feed.start(change -> {
            if (!ctx.platform().evidenceLog().recordedHere(change.seq())) {
                FxTaskRunner.onFxThread(() -> {
                    status.noticeProperty().set(change.notice());
                    showActiveFreeze(ctx, runner, status);
                    main.refreshCurrent();
                });
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> feed.close());
        // A playbooks screen never opened has no run in progress: the guard asks only a built one.
        screens.stream().filter(s -> s.id().equals("playbooks")).findFirst()
                .ifPresent(playbooks -> CloseGuard.install(stage, () -> builtPlaybooks(playbooks), () -> state.remember(stage)));
        return main;
    }

    private static java.util.Optional<PlaybooksScreen> builtPlaybooks(io.drillbook.ui.shell.Screen screen) {
        return io.drillbook.ui.shell.ScreenOnFirstVisit.ifBuilt(screen).map(PlaybooksScreen.class::cast);
    }

    /** Reads the freeze in force in the background (never on the JavaFX thread) and puts it into the status bar. */
    private static void showActiveFreeze(AppContext ctx, FxTaskRunner runner, StatusBar status) {
        io.drillbook.ui.common.BackgroundTask.of(() -> activeFreeze(ctx, ctx.platform().clock().instant()))
                .titled("active freeze")
                .onSuccess(status.freezeProperty()::set)
                .runWith(runner);
    }

    /** The freeze in force now, as the status bar shows it; empty when none. */
    static String activeFreeze(AppContext ctx, Instant now) {
        for (Freeze f : ctx.platform().workspaceRepository().freezes()) {
            if (!ctx.calendar().recurrenceExpander().between(f.when(), now, now.plusSeconds(1)).isEmpty()) {
                return "Freeze: " + f.name() + (f.environments().isEmpty() ? "" : " (" + String.join(", ", f.environments()) + ")");
            }
        }
        return "";
    }
}
