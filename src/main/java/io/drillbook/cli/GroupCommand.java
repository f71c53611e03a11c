package io.drillbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that only groups subcommands ({@code import}, {@code export}, {@code drill}, ...). */
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

    String description() {
        return description;
    }
}
