package io.drillbook.cli;

import io.drillbook.core.workspace.WorkspaceFileFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@ReadOnly
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Write systems, policies, calendar entries, profiles, refresh sources, pinned host keys and secret references"
                + " (never secrets) as YAML.")
final class ExportWorkspaceCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    private final WorkspaceFileFormat format;

    ExportWorkspaceCommand(CliContext context, WorkspaceFileFormat format) {
        this.context = context;
        this.format = format;
    }

    @Override
    public Integer call() throws Exception {
        String yaml = format.write(context.get().calendar().workspaceService().exportWorkspace(),
                context.get().calendar().workspaceService().exportSettings())
                + context.get().pipelines().exportSettings();
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            io.drillbook.core.evidence.OwnerOnlyFiles.write(out, yaml.getBytes(StandardCharsets.UTF_8));
        }
        return ExitCodes.OK;
    }
}
