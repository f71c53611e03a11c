package io.drillbook.cli;

import picocli.CommandLine;

/** Every headless subcommand, registered in one place. */
final class CliCommands {
    private CliCommands() {
    }

    static void register(CommandLine root, CliContext context) {
        CommandLine importCmd = new CommandLine(new GroupCommand("import", "Import into the workspace"));
        importCmd.addSubcommand("workspace", new ImportWorkspaceCommand(context));
        CommandLine exportCmd = new CommandLine(new GroupCommand("export", "Export from the workspace"));
        exportCmd.addSubcommand("workspace", new ExportWorkspaceCommand(context));
        root.addSubcommand("import", importCmd);
        root.addSubcommand("export", exportCmd);
        root.addSubcommand("verify", new VerifyCommand(context));
    }
}
