package io.drillbook.app;

import io.drillbook.app.demo.DemoInBackground;
import io.drillbook.app.overview.OverviewModule;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.overview.FirstLook;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The console's store, opened while the JavaFX toolkit starts rather than after its first frame:
 * create or migrate (skipped when up to date), the demo workspace on first start (its history
 * follows behind the first screen), runs a crash cut off marked interrupted; then the overview's
 * first answers are asked for while the window is being built.
 */
final class WorkspaceOpening {
    /** What the first screen needs: the open store, the demo's state, and the overview with its first answers under way. */
    record Opened(AppContext context, DemoInBackground demo, OverviewModule overview, FirstLook firstLook) {
    }

    private final CompletableFuture<Opened> opened;

    private WorkspaceOpening(CompletableFuture<Opened> opened) {
        this.opened = opened;
    }

    /** Starts opening on one of {@code runner}'s workers; returns at once. */
    static WorkspaceOpening begin(AppConfig config, Clock clock, FxTaskRunner runner) {
        return begin(config, () -> clock, runner);
    }

    /**
     * As {@link #begin(AppConfig, Clock, FxTaskRunner)}, with the clock made on the worker: the
     * system's zone is read there, since the first look at a zone loads every time-zone provider
     * on the class path (and ical4j's sets up logging), which the JavaFX start must not wait for.
     */
    static WorkspaceOpening begin(AppConfig config, Supplier<Clock> clock, FxTaskRunner runner) {
        return new WorkspaceOpening(runner.supply(() -> open(config, clock.get(), runner)));
    }

    private static Opened open(AppConfig config, Clock clock, FxTaskRunner runner) {
        StartupProbe.mark("open-begin");
        AppContext context = new AppContext(config, clock);
        StartupProbe.mark("context-built");
        try {
            DemoInBackground demo = DemoInBackground.prepare(context);
            StartupProbe.mark("demo-workspace");
            context.recoverInterruptedRuns();
            StartupProbe.mark("recovered");
            // Asked now, on other workers, while the window is built: after the recovery, so no run a
            // crash cut off is shown as under way.
            OverviewModule overview = ConsoleScreens.overview(context, ZoneId.systemDefault());
            return new Opened(context, demo, overview, overview.lookAhead(runner));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Waits for the store (call it off the FX thread); throws what opening threw. */
    Opened await() throws Exception {
        try {
            return opened.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
