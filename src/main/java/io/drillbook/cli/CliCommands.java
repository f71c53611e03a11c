package io.drillbook.cli;

import io.drillbook.app.ReportWiring;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.infra.db.Database;
import picocli.CommandLine;

import java.time.Clock;

/** Every headless subcommand, registered in one place. */
final class CliCommands {
    private CliCommands() {
    }

    static void register(CommandLine root, CliContext context) {
        CommandLine importCmd = GroupCommand.commandLine("import", "Import into the workspace: workspace files, calendars, backup inventories");
        importCmd.addSubcommand("workspace", new ImportWorkspaceCommand(context));
        importCmd.addSubcommand("ics", new ImportIcsCommand(context));
        importCmd.addSubcommand("playbook", new ImportPlaybookCommand(() -> context.get().playbookLibrary()));
        ImportBackupsCommand.registerAll(importCmd, () -> context.get().inventoryService(), () -> context.get().workspaceService());
        CommandLine exportCmd = GroupCommand.commandLine("export", "Export from the workspace: workspace files, calendars, reports");
        exportCmd.addSubcommand("workspace", new ExportWorkspaceCommand(context));
        exportCmd.addSubcommand("ics", new ExportIcsCommand(context));
        exportCmd.addSubcommand("playbook", new ExportPlaybookCommand(() -> context.get().playbookLibrary()));
        exportCmd.addSubcommand("report", new ExportReportCommand(() -> ReportWiring.exporter(context.get())));
        CommandLine archiveCmd = GroupCommand.commandLine("archive", "Archive old evidence to a bundle and prune it, leaving a signed checkpoint");
        archiveCmd.addSubcommand("evidence", new ArchiveEvidenceCommand(() -> ReportWiring.retention(context.get())));
        importCmd.addSubcommand("drill-plan", new ImportDrillPlanCommand(() -> context.get().drillPlanLibrary(),
                () -> context.get().config().operator()).checkingTargets(() -> context.get().workspaceService()));
        exportCmd.addSubcommand("drill-plan", new ExportDrillPlanCommand(() -> context.get().drillPlanLibrary()));
        root.addSubcommand("import", importCmd);
        root.addSubcommand("export", exportCmd);
        root.addSubcommand("archive", archiveCmd);
        CommandLine evidenceCmd = GroupCommand.commandLine("evidence", "Anchor the evidence chain's head outside the database");
        evidenceCmd.addSubcommand("anchor", new EvidenceAnchorCommand(storage -> ReportWiring.anchoring(context.get(), storage)));
        root.addSubcommand("evidence", evidenceCmd);
        root.addSubcommand("verify", new VerifyCommand(context));
        root.addSubcommand("gate", new GateCommand(() -> context.get().gateService()));
        root.addSubcommand("compliance", new ComplianceCommand(() -> context.get().complianceService()));
        root.addSubcommand("test-connection", new ConnectionTestCommand(() -> context.get().connectionProfiles(),
                decision -> context.get().connectors(decision, new TerminalSecretPrompt()).tester()));
        CommandLine playbookCmd = GroupCommand.commandLine("playbook", "Run rollback playbooks headless");
        playbookCmd.addSubcommand("run", new PlaybookRunCommand(
                () -> context.get().playbookRunner(context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt())),
                () -> context.get().playbookTimings(), () -> context.get().outputDir(),
                () -> context.get().playbookLibrary(), System.in, System.out, Clock.systemUTC()).lockedBy(() -> context.get().runLocks())
                .operatedBy(() -> context.get().config().operator())
                .identifiedBy(() -> context.get().identity(), e -> context.get().accessPolicy().recordRefusal(e),
                        () -> context.get().approvalInbox()));
        playbookCmd.addSubcommand("approve", new PlaybookApproveCommand(() -> context.get().playbookApprovals(),
                () -> context.get().config().operator()));
        playbookCmd.addSubcommand("runs", new PlaybookRunsCommand(() -> context.get().playbookJournal()));
        playbookCmd.addSubcommand("show", new PlaybookShowCommand(() -> context.get().playbookJournal(),
                () -> context.get().evidenceRepository()));
        root.addSubcommand("playbook", playbookCmd);
        CommandLine inventoryCmd = GroupCommand.commandLine("inventory", "Refresh the live backup inventory from its sources");
        inventoryCmd.addSubcommand("refresh", new InventoryRefreshCommand(() -> context.get()
                .inventoryRefresher(context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        root.addSubcommand("inventory", inventoryCmd);
        CommandLine backupsCmd = GroupCommand.commandLine("backups", "Show the backup inventory");
        backupsCmd.addSubcommand("list", new BackupsListCommand(() -> context.get().backupRepository()));
        root.addSubcommand("backups", backupsCmd);
        registerDrill(root, context);
        registerWorkspaceSettings(root, context);
        registerEvidenceForward(root, context);
        CommandLine backupCmd = GroupCommand.commandLine("backup", "Pre-release backups from a pipeline");
        backupCmd.addSubcommand("run", new BackupRunCommand(() -> io.drillbook.app.PipelineWiring.backupRuns(context.get(),
                context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt())), () -> context.get().config().operator()));
        root.addSubcommand("backup", backupCmd);
        root.addSubcommand("annotate", new AnnotateCommand(() -> new io.drillbook.core.pipeline.BackupAnnotations(context.get().backupRepository())));
        root.addSubcommand("metrics", new MetricsCommand(() -> io.drillbook.app.PipelineWiring.healthCollector(context.get()), Clock.systemUTC()));
        root.addSubcommand("roles", new RolesCommand(() -> context.get().roleAdministration(), () -> context.get().config().operator()));
        root.addSubcommand("move-workspace", new MoveWorkspaceCommand(() -> context.get().database(), Database::open,
                () -> context.get().config().operator(), Clock.systemUTC()));
    }

    /** {@code profile}, {@code known-hosts} and {@code source}: what the workspace file's profile sections hold, headless. */
    private static void registerWorkspaceSettings(CommandLine root, CliContext context) {
        CommandLine profileCmd = new CommandLine(new ProfileCommand(context::get));
        CommandLine testCmd = new CommandLine(new ConnectionTestCommand(() -> context.get().connectionProfiles(),
                decision -> context.get().connectors(decision, new TerminalSecretPrompt()).tester()));
        testCmd.getCommandSpec().name("test");   // the same command as test-connection, named for where it sits
        profileCmd.addSubcommand("test", testCmd);
        root.addSubcommand("profile", profileCmd);
        root.addSubcommand("known-hosts", new KnownHostsCommand(context::get));
        CommandLine sourceCmd = new CommandLine(new SourceCommand(context::get));
        sourceCmd.addSubcommand("refresh", new InventoryRefreshCommand(() -> context.get()
                .inventoryRefresher(context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        root.addSubcommand("source", sourceCmd);
    }

    /** {@code evidence forward}, in the {@code evidence} group if another command made it already. */
    private static void registerEvidenceForward(CommandLine root, CliContext context) {
        CommandLine evidenceCmd = root.getSubcommands().get("evidence");
        if (evidenceCmd == null) {
            evidenceCmd = GroupCommand.commandLine("evidence", "Work with the evidence log");
            root.addSubcommand("evidence", evidenceCmd);
        }
        evidenceCmd.addSubcommand("forward", new EvidenceForwardCommand(() -> io.drillbook.app.PipelineWiring.settings(context.get()),
                () -> io.drillbook.app.PipelineWiring.forwarder(context.get())));
    }

    /** {@code drill run} and {@code drill list}. */
    private static void registerDrill(CommandLine root, CliContext context) {
        CommandLine drillCmd = GroupCommand.commandLine("drill", "Run restore drills headless and list the workspace's plans");
        drillCmd.addSubcommand("run", new DrillRunCommand(() -> context.get().drillPlanLibrary(), () -> context.get().backupSelector(),
                decision -> context.get().drillService(context.get().connectors(decision, new TerminalSecretPrompt())),
                runId -> context.get().evidenceRepository().find(io.drillbook.core.evidence.EvidenceQuery.all(1)
                        .withKindPrefix("drill.finished").withSubjectPrefix(runId)).get(0),
                () -> context.get().config().operator(), Clock.systemUTC()));
        drillCmd.addSubcommand("list", new DrillListCommand(() -> context.get().drillPlanLibrary()));
        drillCmd.addSubcommand("runs", new DrillRunsCommand(() -> context.get()
                .drillRunHistory(context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        drillCmd.addSubcommand("show", new DrillShowCommand(() -> context.get()
                .drillRunHistory(context.get().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        drillCmd.addSubcommand("cleanup", new DrillCleanupCommand(decision -> context.get()
                .drillCleanup(context.get().connectors(decision, new TerminalSecretPrompt())), () -> context.get().config().operator()));
        root.addSubcommand("drill", drillCmd);
    }
}
