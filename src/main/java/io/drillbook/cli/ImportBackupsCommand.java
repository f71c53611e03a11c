package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.inventory.BackupImporter;
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
import io.drillbook.infra.importers.Importers;
import io.drillbook.infra.importers.MappingFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
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


    private final String format;
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
    public ImportBackupsCommand(String format, Supplier<InventoryService> inventory, Supplier<WorkspaceService> workspace) {
        this.format = format;
        this.inventory = inventory;
        this.workspace = workspace;
    }

    /** Registers {@code import restic}, {@code import pgbackrest}, ... under {@code parent}. */
    public static void registerAll(picocli.CommandLine parent, Supplier<InventoryService> inventory,
                                   Supplier<WorkspaceService> workspace) {
        for (String format : Importers.formats()) {
            picocli.CommandLine cl = new picocli.CommandLine(new ImportBackupsCommand(format, inventory, workspace));
            cl.getCommandSpec().usageMessage().description("Import backups from " + format + " output into the inventory");
            parent.addSubcommand(format, cl);
        }
    }

    @Override
    public Integer call() {
        Optional<BackupImporter> importer = Importers.byFormat(format);
        if (importer.isEmpty()) {
            spec.commandLine().getErr().println("unknown format '" + format + "'; known: " + String.join(", ", Importers.formats()));
            return ExitCodes.ERROR;
        }
        try {
            ParsedBatch batch = importer.get().parse(file, options());
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
        TargetMapping targets = mapping == null ? TargetMapping.empty() : new MappingFileReader().read(mapping);
        return new ImportOptions(target, targets, zone);
    }
}
