package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The console on a freshly seeded demo workspace in its own data folder, shown in a TestFX stage at
 * 1280x800: the set-up every screen test starts from. Close it after the test.
 */
record DemoConsole(AppContext ctx, FxTaskRunner runner, WindowStateStore state, MainWindow main) implements AutoCloseable {

    static DemoConsole open(Stage stage, Path parent, String operator, Clock clock) {
        AppContext ctx = new AppContext(new AppConfig(parent.resolve("ws-" + System.nanoTime()), null, operator), clock);
        ctx.seedDemoIfEmpty();
        return show(stage, ctx);
    }

    /** The console on an existing data folder, opened as the console opens it (runs a crash cut off become interrupted). */
    static DemoConsole openExisting(Stage stage, Path dataDir, String operator, Clock clock) {
        return show(stage, ConsoleApplication.openWorkspace(new AppConfig(dataDir, null, operator), clock));
    }

    private static DemoConsole show(Stage stage, AppContext ctx) {
        // The size screens are checked at (the console's default is about that). Left unset, a test's
        // stage kept what an earlier test gave it, and run alone (952x610, the window's preferred size)
        // the playbook tests' clicks timed out.
        stage.setWidth(1280);
        stage.setHeight(800);
        FxTaskRunner runner = new FxTaskRunner();
        WindowStateStore state = new WindowStateStore(ctx.platform().config().dataDir().resolve("console.properties"));
        MainWindow main = ConsoleWindow.show(stage, ctx, runner, state);
        stage.show();
        return new DemoConsole(ctx, runner, state, main);
    }

    @Override
    public void close() {
        runner.close();
        ctx.close();
    }
}
