package io.drillbook.cli;

import java.io.PrintWriter;

/** Runs one headless command and returns its exit status. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        GlobalOptions global = GlobalOptions.scan(args);
        try (CliContext context = CliContext.withSystemClock(global).noticesTo(line -> {
            err.println("drillbook: " + line);
            err.flush();
        })) {
            int status = DrillbookCommand.commandLine(context, out, err).execute(args);
            if (context.isOpen()) {
                io.drillbook.app.PipelineWiring.notifyAfterCommand(context.get());
            }
            return status;
        } catch (RuntimeException e) {
            err.println("drillbook: " + ErrorMessages.oneLine(e));
            err.flush();
            return ExitCodes.ERROR;
        }
    }
}
