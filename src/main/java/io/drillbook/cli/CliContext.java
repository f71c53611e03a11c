package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;

import java.util.function.Function;

/**
 * Opens the store only when a command actually runs (never for {@code --help}), from the global
 * options parsed by then, and closes it afterwards.
 */
public final class CliContext implements AutoCloseable {
    private final GlobalOptions options;
    private final Function<AppConfig, CliModules> opener;
    private CliModules context;
    private java.util.function.Consumer<String> notices = line -> { };

    public CliContext(GlobalOptions options, Function<AppConfig, CliModules> opener) {
        this.options = options;
        this.opener = opener;
    }

    /** Wraps a context that is already open (tests, embedding); it is not seeded with the demo. */
    public static CliContext of(CliModules open) {
        CliContext c = new CliContext(new GlobalOptions(), config -> open);
        c.context = open;
        return c;
    }

    /** Where lines about the session go (a claimed operator name ignored on a shared server). */
    public CliContext noticesTo(java.util.function.Consumer<String> sink) {
        this.notices = sink;
        return this;
    }

    public CliModules get() {
        if (context == null) {
            context = opener.apply(AppConfig.of(options.dataDir(), options.db()));
            context.platform().identity().notice().ifPresent(notices);
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
