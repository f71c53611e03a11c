package io.drillbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that only groups subcommands ({@code import}, {@code export}, {@code drill}, ...). */
@ReadOnly
@Command(mixinStandardHelpOptions = true)
final class GroupCommand implements Runnable {
    private final String name;
    private final String description;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    GroupCommand(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "'" + name + "' needs a subcommand: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Wraps a group in its command line, with its description shown in the parent's help. */
    static picocli.CommandLine commandLine(String name, String description) {
        picocli.CommandLine cl = new picocli.CommandLine(new GroupCommand(name, description));
        cl.getCommandSpec().usageMessage().description(description);
        return cl;
    }
}
