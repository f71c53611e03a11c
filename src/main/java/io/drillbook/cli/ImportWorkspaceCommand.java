package io.drillbook.cli;

import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.workspace.WorkspaceYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Add or replace systems, policies, backup windows, CAB meetings, freezes and releases from a YAML file.")
final class ImportWorkspaceCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The workspace file (YAML)")
    Path file;

    @Spec
    CommandSpec spec;

    ImportWorkspaceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Workspace ws = WorkspaceYaml.read(text, file.toString());
        var pipelines = io.drillbook.infra.pipeline.PipelinesYaml.read(text, file.toString());
        Map<String, Integer> counts = context.get().workspaceService().importWorkspace(ws, file.getFileName().toString());
        pipelines.ifPresent(p -> io.drillbook.app.PipelineWiring.importSettings(context.get(), p, file.getFileName().toString()));
        spec.commandLine().getOut().println("imported " + counts);
        return ExitCodes.OK;
    }
}
