package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;

import java.io.PrintWriter;
import java.util.function.Function;

/** Runs one headless command and returns its exit status. */
public final class Cli {
    private Cli() {
    }

    /** @param opener opens the workspace's modules from the global options (the composition root's constructor) */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Function<AppConfig, CliModules> opener) {
        GlobalOptions global = GlobalOptions.scan(args);
        try (CliContext context = new CliContext(global, opener).noticesTo(line -> {
            err.println("drillbook: " + line);
            err.flush();
        })) {
            int status = DrillbookCommand.commandLine(context, out, err).execute(args);
            if (context.isOpen()) {
                context.get().pipelines().notifyAfterCommand();
            }
            return status;
        } catch (RuntimeException e) {
            err.println("drillbook: " + ErrorMessages.oneLine(e));
            err.flush();
            return ExitCodes.ERROR;
        }
    }
}
