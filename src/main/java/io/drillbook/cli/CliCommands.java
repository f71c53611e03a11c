package io.drillbook.cli;

import io.drillbook.app.calendar.CalendarModule;
import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.pipelines.PipelinesModule;
import io.drillbook.app.playbooks.PlaybooksModule;
import io.drillbook.app.reports.ReportsModule;
import io.drillbook.core.connect.HostKeyDecision;
import picocli.CommandLine;

import java.time.Clock;

/** Every headless subcommand, registered in one place. */
final class CliCommands {
    private CliCommands() {
    }

    static void register(CommandLine root, CliContext context) {
        CommandLine importCmd = GroupCommand.commandLine("import", "Import into the workspace: workspace files, calendars, backup inventories");
        importCmd.addSubcommand("workspace", new ImportWorkspaceCommand(context, CalendarModule.workspaceFiles(), PipelinesModule.settingsFormat()));
        importCmd.addSubcommand("ics", new ImportIcsCommand(context));
        importCmd.addSubcommand("playbook", new ImportPlaybookCommand(() -> context.get().playbooks().playbookLibrary()));
        ImportBackupsCommand.registerAll(importCmd, InventoryModule.backupImporters(), InventoryModule.mappingReader(), () -> context.get().inventory().inventoryService(), () -> context.get().calendar().workspaceService());
        CommandLine exportCmd = GroupCommand.commandLine("export", "Export from the workspace: workspace files, calendars, reports");
        exportCmd.addSubcommand("workspace", new ExportWorkspaceCommand(context, CalendarModule.workspaceFiles()));
        exportCmd.addSubcommand("ics", new ExportIcsCommand(context));
        exportCmd.addSubcommand("playbook", new ExportPlaybookCommand(() -> context.get().playbooks().playbookLibrary()));
        exportCmd.addSubcommand("report", new ExportReportCommand(() -> context.get().reports().exporter()));
        CommandLine archiveCmd = GroupCommand.commandLine("archive", "Archive old evidence to a bundle and prune it, leaving a signed checkpoint");
        archiveCmd.addSubcommand("evidence", new ArchiveEvidenceCommand(() -> context.get().reports().retention()));
        importCmd.addSubcommand("drill-plan", new ImportDrillPlanCommand(() -> context.get().drills().drillPlanLibrary(), DrillsModule.planParser(),
                () -> context.get().platform().config().operator()).checkingTargets(() -> context.get().calendar().workspaceService()));
        exportCmd.addSubcommand("drill-plan", new ExportDrillPlanCommand(() -> context.get().drills().drillPlanLibrary()));
        root.addSubcommand("import", importCmd);
        root.addSubcommand("export", exportCmd);
        root.addSubcommand("archive", archiveCmd);
        CommandLine evidenceCmd = GroupCommand.commandLine("evidence", "Anchor the evidence chain's head outside the database");
        evidenceCmd.addSubcommand("anchor", new EvidenceAnchorCommand(storage -> context.get().reports().anchoring(storage)));
        root.addSubcommand("evidence", evidenceCmd);
        root.addSubcommand("verify", new VerifyCommand(ReportsModule.verifier(() -> context.get().reports())));
        root.addSubcommand("gate", new GateCommand(() -> context.get().calendar().gateService()));
        root.addSubcommand("compliance", new ComplianceCommand(() -> context.get().compliance().complianceService()));
        root.addSubcommand("test-connection", new ConnectionTestCommand(() -> context.get().settings().connectionProfiles(),
                decision -> context.get().settings().connectors(decision, new TerminalSecretPrompt()).tester()));
        CommandLine playbookCmd = GroupCommand.commandLine("playbook", "Run rollback playbooks headless");
        playbookCmd.addSubcommand("run", new PlaybookRunCommand(
                () -> context.get().playbooks().playbookRunner(context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt())),
                () -> context.get().playbooks().playbookTimings(), () -> context.get().platform().outputDir(),
                () -> context.get().playbooks().playbookLibrary(), System.in, System.out, Clock.systemUTC()).lockedBy(() -> context.get().platform().runLocks())
                .operatedBy(() -> context.get().platform().config().operator())
                .identifiedBy(() -> context.get().platform().identity(), e -> context.get().platform().accessPolicy().recordRefusal(e),
                        () -> context.get().playbooks().approvalInbox())
                .readingFilesWith(PlaybooksModule.playbookFile()));
        playbookCmd.addSubcommand("approve", new PlaybookApproveCommand(() -> context.get().playbooks().playbookApprovals(),
                () -> context.get().platform().config().operator()));
        playbookCmd.addSubcommand("runs", new PlaybookRunsCommand(() -> context.get().playbooks().playbookJournal()));
        playbookCmd.addSubcommand("show", new PlaybookShowCommand(() -> context.get().playbooks().playbookJournal(),
                () -> context.get().platform().evidenceRepository()));
        root.addSubcommand("playbook", playbookCmd);
        CommandLine inventoryCmd = GroupCommand.commandLine("inventory", "Refresh the live backup inventory from its sources");
        inventoryCmd.addSubcommand("refresh", new InventoryRefreshCommand(() -> context.get().inventory()
                .inventoryRefresher(context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        root.addSubcommand("inventory", inventoryCmd);
        CommandLine backupsCmd = GroupCommand.commandLine("backups", "Show the backup inventory");
        backupsCmd.addSubcommand("list", new BackupsListCommand(() -> context.get().inventory().backupRepository()));
        root.addSubcommand("backups", backupsCmd);
        registerDrill(root, context);
        registerWorkspaceSettings(root, context);
        registerEvidenceForward(root, context);
        CommandLine backupCmd = GroupCommand.commandLine("backup", "Pre-release backups from a pipeline");
        backupCmd.addSubcommand("run", new BackupRunCommand(() -> context.get().pipelines().backupRuns(
                context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt())), () -> context.get().platform().config().operator()));
        root.addSubcommand("backup", backupCmd);
        root.addSubcommand("annotate", new AnnotateCommand(() -> new io.drillbook.core.pipeline.BackupAnnotations(context.get().inventory().backupRepository())));
        root.addSubcommand("metrics", new MetricsCommand(() -> context.get().pipelines().healthCollector(), PipelinesModule.metricsOutlet(), Clock.systemUTC()));
        root.addSubcommand("roles", new RolesCommand(() -> context.get().team().roleAdministration(), () -> context.get().platform().config().operator()));
        root.addSubcommand("move-workspace", new MoveWorkspaceCommand(() -> context.get().team().workspaceMove()));
    }

    /** {@code profile}, {@code known-hosts} and {@code source}: what the workspace file's profile sections hold, headless. */
    private static void registerWorkspaceSettings(CommandLine root, CliContext context) {
        CommandLine profileCmd = new CommandLine(new ProfileCommand(context::get));
        CommandLine testCmd = new CommandLine(new ConnectionTestCommand(() -> context.get().settings().connectionProfiles(),
                decision -> context.get().settings().connectors(decision, new TerminalSecretPrompt()).tester()));
        testCmd.getCommandSpec().name("test");   // the same command as test-connection, named for where it sits
        profileCmd.addSubcommand("test", testCmd);
        root.addSubcommand("profile", profileCmd);
        root.addSubcommand("known-hosts", new KnownHostsCommand(context::get));
        CommandLine sourceCmd = new CommandLine(new SourceCommand(context::get));
        sourceCmd.addSubcommand("refresh", new InventoryRefreshCommand(() -> context.get().inventory()
                .inventoryRefresher(context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        root.addSubcommand("source", sourceCmd);
    }

    /** {@code evidence forward}, in the {@code evidence} group if another command made it already. */
    private static void registerEvidenceForward(CommandLine root, CliContext context) {
        CommandLine evidenceCmd = root.getSubcommands().get("evidence");
        if (evidenceCmd == null) {
            evidenceCmd = GroupCommand.commandLine("evidence", "Work with the evidence log");
            root.addSubcommand("evidence", evidenceCmd);
        }
        evidenceCmd.addSubcommand("forward", new EvidenceForwardCommand(() -> context.get().pipelines().settings(),
                () -> context.get().pipelines().forwarder(), PipelinesModule::forwardSink));
    }

    /** {@code drill run} and {@code drill list}. */
    private static void registerDrill(CommandLine root, CliContext context) {
        CommandLine drillCmd = GroupCommand.commandLine("drill", "Run restore drills headless and list the workspace's plans");
        drillCmd.addSubcommand("run", new DrillRunCommand(() -> context.get().drills().drillPlanLibrary(), () -> context.get().drills().backupSelector(),
                decision -> context.get().drills().drillService(context.get().settings().connectors(decision, new TerminalSecretPrompt())),
                runId -> context.get().platform().evidenceRepository().find(io.drillbook.core.evidence.EvidenceQuery.all(1)
                        .withKindPrefix("drill.finished").withSubjectPrefix(runId)).get(0),
                DrillsModule.planFile(), () -> context.get().platform().config().operator(), Clock.systemUTC()));
        drillCmd.addSubcommand("list", new DrillListCommand(() -> context.get().drills().drillPlanLibrary()));
        drillCmd.addSubcommand("runs", new DrillRunsCommand(() -> context.get().drills()
                .drillRunHistory(context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        drillCmd.addSubcommand("show", new DrillShowCommand(() -> context.get().drills()
                .drillRunHistory(context.get().settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()))));
        drillCmd.addSubcommand("cleanup", new DrillCleanupCommand(decision -> context.get().drills()
                .drillCleanup(context.get().settings().connectors(decision, new TerminalSecretPrompt())), () -> context.get().platform().config().operator()));
        root.addSubcommand("drill", drillCmd);
    }
}
