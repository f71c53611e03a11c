package io.drillbook.app;

import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.GateService;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.calendar.ReleaseGates;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.DrillRecovery;
import io.drillbook.core.drill.DrillRunner;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookRecovery;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.RollbackFreezePolicy;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.RefreshSchedule;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.infra.db.JdbcRefreshSourceRepository;
import io.drillbook.infra.refresh.ConnectorBatchFetcher;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.team.AccessPolicy;
import io.drillbook.core.team.LockWatch;
import io.drillbook.core.team.RoleAdministration;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.core.workspace.WorkspaceService;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcConnectionProfileRepository;
import io.drillbook.infra.db.JdbcStorageProfileRepository;
import io.drillbook.infra.drill.JdbcDrillJournal;
import io.drillbook.infra.playbook.JdbcPlaybookJournal;
import io.drillbook.infra.playbook.JdbcPlaybookRepository;
import io.drillbook.infra.playbook.JdkHttpProbe;
import io.drillbook.infra.playbook.YamlPlaybookFormat;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWaiverRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.ics.IcsExporter;
import io.drillbook.infra.ics.IcsImporter;
import io.drillbook.infra.team.JdbcRoleRepository;
import io.drillbook.infra.team.TeamAdapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one composition root: opens the store and wires every adapter and service with
 * constructors. The console and every headless command run on an instance of this.
 */
public final class AppContext implements AutoCloseable {
    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private final AppConfig config;
    private final io.drillbook.core.team.OperatorIdentity identity;
    private final Clock clock;
    private final Database database;
    private final WorkspaceRepository workspaceRepository;
    private final JdbcDaySummaryStore daySummaries;
    private final BackupRepository backupRepository;
    private final InventoryService inventoryService;
    private final JdbcConnectionProfileRepository connectionProfiles;
    private final JdbcStorageProfileRepository storageProfiles;
    private final JdbcDrillJournal drillJournal;
    private final JdbcPlaybookJournal playbookJournal;
    private final IncidentFreeze incidentFreeze;
    private final ComplianceService complianceService;
    private final DrillRunRepository drillRunRepository;
    private final EvidenceRepository evidenceRepository;
    private final EvidenceLog evidenceLog;
    private final WorkspaceService workspaceService;
    private final RecurrenceExpander recurrenceExpander = new RecurrenceExpander();
    private final AccessPolicy accessPolicy;
    private final RoleAdministration roleAdministration;
    private final RunLocks runLocks;
    /** How often a console on a shared server checks that its run locks are still held. */
    private static final Duration LOCK_CHECK_PERIOD = Duration.ofSeconds(15);
    private final LockWatch lockWatch;
    private final java.util.List<WorkspaceChangeFeed> openFeeds = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConflictDetector conflictDetector;
    private final GateService gateService;
    private final IcsImporter icsImporter;
    private final IcsExporter icsExporter;
    // playbook runner screen (pbui): stored playbooks and incident-mode glue
    /** Consecutive rolled-back releases of a system that start a "Rollback review" freeze. */
    static final int ROLLBACK_THRESHOLD = 2;
    private final RollbackFreezePolicy rollbackFreezePolicy;
    private final PlaybookLibrary playbookLibrary;
    private final java.util.List<Runnable> freezeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    // settings: live inventory refresh sources
    private final JdbcRefreshSourceRepository refreshSources;
    private final io.drillbook.infra.workspace.JdbcPinsAndSecrets pinsAndSecrets;
    private final java.util.List<RefreshSchedule> refreshSchedules = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AppContext(AppConfig config, Clock clock) {
        this.clock = io.drillbook.app.demo.SeedingClock.over(clock);
        createDataDir(config);
        this.database = Database.open(config.effectiveJdbcUrl());
        restrictEmbeddedFile(config);
        // On a shared server the operator is the authenticated login, whatever name was configured.
        this.identity = io.drillbook.infra.team.DatabaseLogin.identify(database, config.operator(), config.claimedOperator());
        this.config = config.actingAs(identity.operator());
        identity.notice().ifPresent(LOGGER::warn);
        this.workspaceRepository = new JdbcWorkspaceRepository(database);
        this.daySummaries = new JdbcDaySummaryStore(database);
        this.backupRepository = new JdbcBackupRepository(database, daySummaries);
        this.drillRunRepository = new JdbcDrillRunRepository(database);
        this.evidenceRepository = new JdbcEvidenceRepository(database);
        this.evidenceLog = new EvidenceLog(evidenceRepository, clock, this.config::operator, new JdbcTransactions(database));
        JdbcRoleRepository roles = new JdbcRoleRepository(database);
        this.accessPolicy = new AccessPolicy(roles, evidenceLog, clock, database.isPostgres());
        this.accessPolicy.enrol(this.config.operator());
        this.roleAdministration = new RoleAdministration(roles, accessPolicy, evidenceLog, clock);
        this.runLocks = new RunLocks(TeamAdapters.runLock(database, clock), ZoneId.systemDefault());
        this.lockWatch = new LockWatch(runLocks, evidenceLog);
        if (database.isPostgres()) {
            lockWatch.every(LOCK_CHECK_PERIOD);
        }
        this.rollbackFreezePolicy = new RollbackFreezePolicy(workspaceRepository, evidenceLog, clock, ROLLBACK_THRESHOLD);
        this.workspaceService = new WorkspaceService(workspaceRepository, evidenceLog, accessPolicy,
                rollbackFreezePolicy::onReleaseChanged, clock);
        this.conflictDetector = new ConflictDetector(recurrenceExpander);
        this.inventoryService = new InventoryService(backupRepository, evidenceLog, accessPolicy);
        this.connectionProfiles = new JdbcConnectionProfileRepository(database);
        this.storageProfiles = new JdbcStorageProfileRepository(database);
        this.drillJournal = new JdbcDrillJournal(database);
        this.playbookJournal = new JdbcPlaybookJournal(database);
        this.playbookLibrary = new PlaybookLibrary(new JdbcPlaybookRepository(database), new YamlPlaybookFormat(),
                evidenceLog, accessPolicy, clock);
        this.incidentFreeze = new IncidentFreeze(workspaceRepository, evidenceLog, clock);
        this.complianceService = new ComplianceService(daySummaries, workspaceRepository, drillRunRepository, clock);
        this.gateService = new GateService(new ReleaseGates(workspaceRepository, backupRepository, drillRunRepository, recurrenceExpander),
                workspaceRepository, new JdbcWaiverRepository(database), evidenceLog, clock, accessPolicy);
        this.icsImporter = new IcsImporter(ZoneId.systemDefault(), accessPolicy);
        this.icsExporter = new IcsExporter(clock);
        this.refreshSources = new JdbcRefreshSourceRepository(database);
        // workspace as code: profiles, pinned host keys and secret references travel with the workspace file
        this.pinsAndSecrets = new io.drillbook.infra.workspace.JdbcPinsAndSecrets(database);
        this.workspaceService.keepingSettingsIn(new io.drillbook.infra.workspace.JdbcWorkspaceSettingsStore(
                connectionProfiles, storageProfiles, refreshSources, pinsAndSecrets));
    }

    /** Host keys the workspace file pins and where profiles' secrets come from (references only). */
    public io.drillbook.infra.workspace.JdbcPinsAndSecrets pinsAndSecrets() {
        return pinsAndSecrets;
    }

    /** The data folder, created owner-only (0700); the embedded database file in it is 0600. */
    private static void createDataDir(AppConfig config) {
        try {
            io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(config.dataDir());
            io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(config.dataDir().resolve("outputs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
    }

    private void restrictEmbeddedFile(AppConfig given) {
        if (!database.isPostgres()) {
            try {
                io.drillbook.core.evidence.OwnerOnlyFiles.restrict(given.dataDir().resolve("drillbook.mv.db"));
            } catch (IOException e) {
                LOGGER.warn("Cannot make the database file owner-only: {}", e.getMessage());
            }
        }
    }

    /**
     * Fills an empty embedded store with the demo workspace; does nothing when it holds data or is
     * a shared PostgreSQL workspace (a team starts from its own workspace file).
     */
    public boolean seedDemoIfEmpty() {
        if (database.isPostgres()) {
            return false;
        }
        io.drillbook.app.demo.DemoSeeding demo = new io.drillbook.app.demo.DemoSeeding(this);
        boolean seeded = demo.seedAllIfEmpty();
        demo.repairToolPaths();
        return seeded;
    }

    /** Tells of changes made by other consoles and pipelines; the caller starts it; closed with this context at the latest. */
    public WorkspaceChangeFeed openChangeFeed() {
        WorkspaceChangeFeed feed = TeamAdapters.changeFeed(database, evidenceRepository);
        openFeeds.add(feed);
        return feed;
    }

    public AppConfig config() {
        return config;
    }

    /** Who operates and how Drillbook knows (the database login on a shared server). */
    public io.drillbook.core.team.OperatorIdentity identity() {
        return identity;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public WorkspaceRepository workspaceRepository() {
        return workspaceRepository;
    }

    public BackupRepository backupRepository() {
        return backupRepository;
    }

    public DrillRunRepository drillRunRepository() {
        return drillRunRepository;
    }

    public EvidenceRepository evidenceRepository() {
        return evidenceRepository;
    }

    public EvidenceLog evidenceLog() {
        return evidenceLog;
    }

    public WorkspaceService workspaceService() {
        return workspaceService;
    }

    /**
     * Marks drill and playbook runs that a crash or kill left running as interrupted. Call once at
     * start-up, before any run starts; never counts them as passed. A playbook run that another
     * console is running (it holds the run's lock) is left alone.
     */
    public void recoverInterruptedRuns() {
        new DrillRecovery(drillJournal, drillRunRepository, evidenceLog, clock, runLocks)
                .listingLeftoversFrom(new io.drillbook.infra.drill.JdbcDrillLeftoverStore(database)).markInterrupted();
        new PlaybookRecovery(playbookJournal, evidenceLog, clock, runLocks).markInterrupted();
    }

    /** Connectors for one front end: how it confirms unknown host keys and asks for secrets. */
    public Connectors connectors(HostKeyDecision decision, SecretPrompt prompt) {
        return Connectors.create(this, decision, prompt);
    }

    public DrillRunner drillRunner() {
        return new DrillRunner(evidenceLog, drillJournal, drillRunRepository, backupRepository, clock)
                .inTransactions(new JdbcTransactions(database))
                .keepingLeftoversIn(new io.drillbook.infra.drill.JdbcDrillLeftoverStore(database));
    }

    public PlaybookRunner playbookRunner(Connectors connectors) {
        PlaybookConnections connections = new PlaybookConnections(connectors::profile, connectors.shells(), connectors::storage,
                connectors.objectStores(), new JdkHttpProbe(Duration.ofSeconds(10)),
                new NestedDrillRunner(drillPlanLibrary(), backupSelector(), drillService(connectors), clock), connectors.tester(), null);
        return new PlaybookRunner(evidenceLog, playbookJournal, incidentFreeze, connections, accessPolicy, clock)
                .inTransactions(new JdbcTransactions(database));
    }

    /** Approvals given under the approver's own login to runs waiting elsewhere. */
    public io.drillbook.core.playbook.ApprovalInbox approvalInbox() {
        return new io.drillbook.infra.playbook.JdbcApprovalInbox(database);
    }

    public io.drillbook.core.playbook.PlaybookApprovals playbookApprovals() {
        return new io.drillbook.core.playbook.PlaybookApprovals(playbookJournal, approvalInbox(), evidenceLog, accessPolicy,
                new JdbcTransactions(database), clock);
    }

    public StepTimings playbookTimings() {
        return new StepTimings(playbookJournal);
    }

    /** The workspace's stored playbooks (import, export, run by name). */
    public PlaybookLibrary playbookLibrary() {
        return playbookLibrary;
    }

    public JdbcPlaybookJournal playbookJournal() {
        return playbookJournal;
    }

    /** Hears when a front end started or ended an active-recovery freeze (the console's status bar). */
    public void onFreezeChange(Runnable listener) {
        freezeListeners.add(listener);
    }

    /** Tells every freeze listener that freezes changed here. */
    public void freezeChanged() {
        freezeListeners.forEach(Runnable::run);
    }

    /** Starts a "Rollback review" freeze after consecutive rolled-back releases; saveRelease calls it. */
    public RollbackFreezePolicy rollbackFreezePolicy() {
        return rollbackFreezePolicy;
    }

    public IncidentFreeze incidentFreeze() {
        return incidentFreeze;
    }

    public JdbcConnectionProfileRepository connectionProfiles() {
        return connectionProfiles;
    }

    public JdbcStorageProfileRepository storageProfiles() {
        return storageProfiles;
    }

    /** Where full command outputs of runs are kept. */
    public java.nio.file.Path outputDir() {
        return config.dataDir().resolve("outputs");
    }

    public InventoryService inventoryService() {
        return inventoryService;
    }

    /** The zone whose calendar days compliance is judged in (the zone the day summaries are kept in). */
    public ZoneId complianceZone() {
        return daySummaries.zone();
    }

    public ComplianceService complianceService() {
        return complianceService;
    }

    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    public RoleAdministration roleAdministration() {
        return roleAdministration;
    }

    public RunLocks runLocks() {
        return runLocks;
    }

    /** Tells of run locks lost with their database session (shared server only). */
    public LockWatch lockWatch() {
        return lockWatch;
    }

    public RecurrenceExpander recurrenceExpander() {
        return recurrenceExpander;
    }

    public ConflictDetector conflictDetector() {
        return conflictDetector;
    }

    public GateService gateService() {
        return gateService;
    }

    public IcsImporter icsImporter() {
        return icsImporter;
    }

    public IcsExporter icsExporter() {
        return icsExporter;
    }

    // settings: live inventory refresh and profile changes
    public JdbcRefreshSourceRepository refreshSources() {
        return refreshSources;
    }

    /** Refreshes the inventory through {@code connectors} (console dialogs or CLI prompts). */
    public InventoryRefresher inventoryRefresher(Connectors connectors) {
        ConnectorBatchFetcher fetcher = new ConnectorBatchFetcher(connectors::profile, connectors.shells(),
                connectors::storage, connectors.objectStores(), outputDir().resolve("refresh"));
        return new InventoryRefresher(refreshSources, fetcher, inventoryService, evidenceLog, clock);
    }

    /** Starts refreshing the scheduled sources on their intervals; stopped when this context closes. */
    public RefreshSchedule startRefreshSchedule(InventoryRefresher refresher) {
        RefreshSchedule schedule = new RefreshSchedule(refresher);
        refreshSchedules.add(schedule);
        schedule.start();
        return schedule;
    }

    /** Profile, host-key and refresh-source changes, each checked against the access policy and recorded. */
    public SettingsService settingsService(Connectors connectors) {
        return new SettingsService(connectors.profiles(), connectors.storageProfiles(), connectors.knownHosts(),
                refreshSources, accessPolicy, evidenceLog, config::operator)
                .withPinsAndSecrets(pinsAndSecrets, new JdbcTransactions(database));
    }

    // --- restore drills end to end (drillui) ---

    /** The workspace's drill plans (YAML kept in the store, evidence on change). */
    public io.drillbook.core.drill.DrillPlanLibrary drillPlanLibrary() {
        return drillPlanLibrary(accessPolicy);
    }

    /** The drill plans checked by {@code access} (the demo seeder, acting as Drillbook itself, checks nothing). */
    public io.drillbook.core.drill.DrillPlanLibrary drillPlanLibrary(io.drillbook.core.team.Authorizer access) {
        return new io.drillbook.core.drill.DrillPlanLibrary(new io.drillbook.infra.drill.JdbcDrillPlanRepository(database),
                io.drillbook.infra.drill.DrillPlanYaml::read, evidenceLog, clock, access);
    }

    /** Picks drill backups from the inventory, or from a fresh listing of the plan's S3 prefix. */
    public io.drillbook.core.drill.BackupSelector backupSelector() {
        return new io.drillbook.core.drill.BackupSelector(backupRepository, new io.drillbook.core.drill.ObjectStoreListing(
                storageProfiles::find, io.drillbook.infra.s3.S3ObjectStore::forProfile, backupRepository), clock, new java.util.Random());
    }

    /** Runs drills with access check, target lock and the target's shell from {@code connectors}. */
    public io.drillbook.core.drill.DrillService drillService(Connectors connectors) {
        return new io.drillbook.core.drill.DrillService(drillRunner(), accessPolicy, runLocks, workspaceRepository,
                name -> connectors.shells().open(connectors.profile(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown connection profile '" + name + "'"))),
                outputDir(), clock).recordingRefusalsIn(evidenceLog);
    }

    /** Lists drill runs that may have left something behind and runs their cleanup on the target from {@code connectors}. */
    public io.drillbook.core.drill.DrillCleanup drillCleanup(Connectors connectors) {
        return new io.drillbook.core.drill.DrillCleanup(drillJournal, new io.drillbook.infra.drill.JdbcDrillLeftoverStore(database),
                evidenceLog, new JdbcTransactions(database), accessPolicy, runLocks, drillPlanLibrary(),
                name -> connectors.shells().open(connectors.profile(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown connection profile '" + name + "'"))),
                outputDir(), clock);
    }

    /** Past drill runs, their details and leftovers (for {@code drill runs}, {@code drill show} and the console). */
    public io.drillbook.core.drill.DrillRunHistory drillRunHistory(Connectors connectors) {
        return new io.drillbook.core.drill.DrillRunHistory(drillRunRepository, drillJournal, evidenceRepository,
                drillCleanup(connectors), workspaceRepository);
    }

    /** Every drill run's steps as journaled (for {@code drill show}). */
    public io.drillbook.core.drill.DrillJournal drillJournal() {
        return drillJournal;
    }

    /** Stops background work and releases every run lock still held here (a safety net), then closes the store. */
    @Override
    public void close() {
        refreshSchedules.forEach(RefreshSchedule::close);
        openFeeds.forEach(WorkspaceChangeFeed::close);
        lockWatch.close();
        runLocks.close();
        database.close();
    }
}
