package io.drillbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;

/**
 * {@code drillbook}: with no arguments the launcher opens the console; with a subcommand the same
 * engine runs headless on the same store.
 */
@ReadOnly
@Command(name = "drillbook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Release calendar, backup compliance, restore drills and rollback playbooks.",
                "Without a subcommand, opens the console."},
        footer = {"", "Exit status: 0 success or go, 1 a negative answer (a gate said no, a verify failed), 2 usage or runtime error."})
public final class DrillbookCommand implements Runnable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (see --help)");
    }

    /** Builds the command tree; {@code context} is opened lazily when a command runs. */
    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        DrillbookCommand root = new DrillbookCommand();
        CommandLine cl = new CommandLine(root);
        CliCommands.register(cl, context);
        cl.setExecutionStrategy(new CommandAccess(() -> context.get().platform().accessPolicy(), () -> context.get().platform().config().operator()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("drillbook: " + ErrorMessages.oneLine(ex));
            return ExitCodes.ERROR;
        });
        return cl;
    }
}
