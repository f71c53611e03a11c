package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.workspace.ImportOutcome;
import io.drillbook.core.workspace.WorkspaceImport;
import io.drillbook.core.pipeline.PipelineSettingsFormat;
import io.drillbook.core.workspace.WorkspaceFileFormat;
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

    private final WorkspaceFileFormat format;
    private final PipelineSettingsFormat pipelinesFormat;

    /** The file is read (and refused with file:line:column) before the store is opened. */
    ImportWorkspaceCommand(CliContext context, WorkspaceFileFormat format, PipelineSettingsFormat pipelinesFormat) {
        this.context = context;
        this.format = format;
        this.pipelinesFormat = pipelinesFormat;
    }

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        WorkspaceImport ws = format.readImport(text, file.toString());
        var pipelines = pipelinesFormat.read(text, file.toString());
        ImportOutcome outcome = context.get().calendar().workspaceService().importWorkspace(ws, file.getFileName().toString(), dryRun, create);
        outcome.lines().forEach(spec.commandLine().getOut()::println);
        if (!dryRun) {
            pipelines.ifPresent(p -> context.get().pipelines().importSettings(p, file.getFileName().toString()));
        }
        return ExitCodes.OK;
    }
}
