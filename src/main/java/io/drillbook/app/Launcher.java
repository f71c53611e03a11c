package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.Cli;
import io.drillbook.cli.GlobalOptions;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The program's entry point. Deliberately not a JavaFX {@code Application}: headless subcommands
 * must run without a display, so the toolkit starts only when the console is asked for.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (GlobalOptions.onlyGlobalOptions(args)) {
            StartupProbe.mark("main");
        }
        GlobalOptions global = GlobalOptions.scan(args);
        AppConfig config = AppConfig.of(global.dataDir(), global.db());
        StartupProbe.mark("config");
        Logging.configure(config.logDir());
        StartupProbe.mark("logging");
        if (GlobalOptions.onlyGlobalOptions(args)) {
            ConsoleStarter.start(config);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = Cli.run(args, out, err, AppContext::open);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
