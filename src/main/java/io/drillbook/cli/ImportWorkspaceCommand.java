package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.workspace.ImportOutcome;
import io.drillbook.core.workspace.WorkspaceImport;
import io.drillbook.infra.workspace.WorkspaceYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import workspace FILE [--dry-run] [--create]}: compares the file with the workspace and
 * prints each item added or changed (old → new) and how many are unchanged; writes them unless
 * {@code --dry-run}. Needs the admin role (policies; profiles when the file has any).
 */
@Mutates(Action.EDIT_POLICIES)
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Add or change systems, policies, calendar entries, profiles and trusted host keys from a YAML file.")
final class ImportWorkspaceCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The workspace file (YAML)")
    Path file;

    @Option(names = "--dry-run", description = "Print the changes the import would make and change nothing")
    boolean dryRun;

    @Option(names = "--create", description = "Create systems and environments the file refers to but the workspace lacks")
    boolean create;

    @Spec
    CommandSpec spec;

    ImportWorkspaceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        WorkspaceImport ws = WorkspaceYaml.readImport(text, file.toString());
        var pipelines = io.drillbook.infra.pipeline.PipelinesYaml.read(text, file.toString());
        ImportOutcome outcome = context.get().workspaceService().importWorkspace(ws, file.getFileName().toString(), dryRun, create);
        outcome.lines().forEach(spec.commandLine().getOut()::println);
        if (!dryRun) {
            pipelines.ifPresent(p -> io.drillbook.app.PipelineWiring.importSettings(context.get(), p, file.getFileName().toString()));
        }
        return ExitCodes.OK;
    }
}
