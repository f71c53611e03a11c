package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.inventory.BackupImporter;
import io.drillbook.core.inventory.TargetMappingReader;
import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.SourceMissingException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ImportSummary;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.UnknownTargetException;
import io.drillbook.core.workspace.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code import FORMAT FILE --system S --env E [--mapping FILE] [--zone ZONE]}, one subcommand per
 * format: reads a backup tool's output into the inventory and prints what was added. Exit 0 when
 * stored, 1 when the tool's output says its stanza or repository is missing, 2 when the input is
 * malformed or the arguments are wrong (nothing is stored in either case).
 */
@Mutates(Action.IMPORT_BACKUPS)
@Command(mixinStandardHelpOptions = true)
public final class ImportBackupsCommand implements Callable<Integer> {


    private final BackupImporter importer;
    private final TargetMappingReader mappings;
    private final Supplier<InventoryService> inventory;
    private final Supplier<WorkspaceService> workspace;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the tool's JSON (or CSV) output")
    private Path file;

    @Option(names = "--system", description = "system of backups no mapping claims")
    private String system;

    @Option(names = "--env", description = "environment of backups no mapping claims")
    private String env;

    @Option(names = "--mapping", paramLabel = "FILE", description = "YAML mapping of stanza/schedule/vault/tag to system and env")
    private Path mapping;

    @Option(names = "--create", description = "create the system and environment when the workspace lacks them (stated in the output)")
    private boolean create;

    @Option(names = "--zone", defaultValue = "UTC", description = "zone of times written without one (default ${DEFAULT-VALUE})")
    private ZoneId zone;

    /** @param inventory looked up only when the command runs, so {@code --help} opens no database */
    public ImportBackupsCommand(BackupImporter importer, TargetMappingReader mappings, Supplier<InventoryService> inventory,
                                Supplier<WorkspaceService> workspace) {
        this.importer = importer;
        this.mappings = mappings;
        this.inventory = inventory;
        this.workspace = workspace;
    }

    /** Registers {@code import restic}, {@code import pgbackrest}, ... under {@code parent}. */
    public static void registerAll(picocli.CommandLine parent, List<BackupImporter> importers, TargetMappingReader mappings,
                                   Supplier<InventoryService> inventory, Supplier<WorkspaceService> workspace) {
        for (BackupImporter importer : importers) {
            String format = importer.format();
            picocli.CommandLine cl = new picocli.CommandLine(new ImportBackupsCommand(importer, mappings, inventory, workspace));
            cl.getCommandSpec().usageMessage().description("Import backups from " + format + " output into the inventory");
            parent.addSubcommand(format, cl);
        }
    }

    @Override
    public Integer call() {
        try {
            ParsedBatch batch = importer.parse(file, options());
            workspace.get().requireTargets(batch.backups().stream().map(Backup::target).collect(Collectors.toSet()),
                    file.getFileName().toString(), create).forEach(c -> spec.commandLine().getOut().println("created " + c));
            ImportSummary summary = inventory.get().importBatch(batch);
            spec.commandLine().getOut().println(summary.describe());
            return 0;
        } catch (SourceMissingException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.NO;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IllegalArgumentException | UnknownTargetException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    private ImportOptions options() throws ImportException {
        if ((system == null) != (env == null)) {
            throw new IllegalArgumentException("--system and --env go together");
        }
        SystemEnv target = system == null ? null : new SystemEnv(system, env);
        TargetMapping targets = mapping == null ? TargetMapping.empty() : mappings.read(mapping);
        return new ImportOptions(target, targets, zone);
    }
}
