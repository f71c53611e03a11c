package io.drillbook.cli;

import io.drillbook.app.AppConfig;
import io.drillbook.app.AppContext;

import java.time.Clock;
import java.util.function.Function;

/**
 * Opens the store only when a command actually runs (never for {@code --help}), from the global
 * options parsed by then, and closes it afterwards.
 */
public final class CliContext implements AutoCloseable {
    private final GlobalOptions options;
    private final Function<AppConfig, AppContext> opener;
    private AppContext context;
    private java.util.function.Consumer<String> notices = line -> { };

    public CliContext(GlobalOptions options, Function<AppConfig, AppContext> opener) {
        this.options = options;
        this.opener = opener;
    }

    /** Wraps a context that is already open (tests, embedding); it is not seeded with the demo. */
    public static CliContext of(AppContext open) {
        CliContext c = new CliContext(new GlobalOptions(), config -> open);
        c.context = open;
        return c;
    }

    public static CliContext withSystemClock(GlobalOptions options) {
        return new CliContext(options, config -> new AppContext(config, Clock.systemUTC()));
    }

    /** Where lines about the session go (a claimed operator name ignored on a shared server). */
    public CliContext noticesTo(java.util.function.Consumer<String> sink) {
        this.notices = sink;
        return this;
    }

    public AppContext get() {
        if (context == null) {
            context = opener.apply(AppConfig.of(options.dataDir(), options.db()));
            context.identity().notice().ifPresent(notices);
            context.seedDemoIfEmpty();
            context.recoverInterruptedRuns();
        }
        return context;
    }

    /** True once a command opened the store. */
    public boolean isOpen() {
        return context != null;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
