package io.drillbook.app.platform;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.evidence.OwnerOnlyFiles;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.team.AccessPolicy;
import io.drillbook.core.team.OperatorIdentity;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.team.DatabaseLogin;
import io.drillbook.infra.team.JdbcRoleRepository;
import io.drillbook.infra.team.TeamAdapters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What every feature shares: the store, the clock, who operates, the workspace (systems,
 * environments, policies, calendar entries), the evidence log, the access policy, run locks and
 * the event channel between features. Feature modules are built from it.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(Platform.class);
    private final AppConfig config;
    private final OperatorIdentity identity;
    private final Clock clock;
    private final Database database;
    private final WorkspaceRepository workspaceRepository;
    private final EvidenceRepository evidenceRepository;
    private final EvidenceLog evidenceLog;
    private final AccessPolicy accessPolicy;
    private final RunLocks runLocks;
    private final EventChannel events = new EventChannel();

    public Platform(AppConfig config, Clock clock) {
        this.clock = clock;
        createDataDir(config);
        this.database = Database.open(config.effectiveJdbcUrl());
        restrictEmbeddedFile(config);
        // On a shared server the operator is the authenticated login, whatever name was configured.
        this.identity = DatabaseLogin.identify(database, config.operator(), config.claimedOperator());
        this.config = config.actingAs(identity.operator());
        identity.notice().ifPresent(LOGGER::warn);
        this.workspaceRepository = new JdbcWorkspaceRepository(database);
        this.evidenceRepository = new JdbcEvidenceRepository(database);
        this.evidenceLog = new EvidenceLog(evidenceRepository, clock, this.config::operator, transactions());
        this.accessPolicy = new AccessPolicy(new JdbcRoleRepository(database), evidenceLog, clock, database.isPostgres());
        this.accessPolicy.enrol(this.config.operator());
        this.runLocks = new RunLocks(TeamAdapters.runLock(database, clock), ZoneId.systemDefault());
    }

    /** The data folder, created owner-only (0700); the embedded database file in it is 0600. */
    private static void createDataDir(AppConfig config) {
        try {
            OwnerOnlyFiles.createDirectories(config.dataDir());
            OwnerOnlyFiles.createDirectories(config.dataDir().resolve("outputs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
    }

    private void restrictEmbeddedFile(AppConfig given) {
        if (!database.isPostgres()) {
            try {
                OwnerOnlyFiles.restrict(given.dataDir().resolve("drillbook.mv.db"));
            } catch (IOException e) {
                LOGGER.warn("Cannot make the database file owner-only: {}", e.getMessage());
            }
        }
    }

    public AppConfig config() {
        return config;
    }

    /** Who operates and how Drillbook knows (the database login on a shared server). */
    public OperatorIdentity identity() {
        return identity;
    }

    public Clock clock() {
        return clock;
    }

    /** The store itself, for the adapters the feature modules build; never handed to a screen or command. */
    public Database database() {
        return database;
    }

    /** True on a shared PostgreSQL server, false on the embedded H2 store. */
    public boolean shared() {
        return database.isPostgres();
    }

    public WorkspaceRepository workspaceRepository() {
        return workspaceRepository;
    }

    public EvidenceRepository evidenceRepository() {
        return evidenceRepository;
    }

    public EvidenceLog evidenceLog() {
        return evidenceLog;
    }

    /** Data and its evidence in one database transaction. */
    public Transactions transactions() {
        return new JdbcTransactions(database);
    }

    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    public RunLocks runLocks() {
        return runLocks;
    }

    /** Events between features. */
    public EventChannel events() {
        return events;
    }

    /** Where full command outputs of runs are kept. */
    public Path outputDir() {
        return config.dataDir().resolve("outputs");
    }

    /** Releases every run lock still held here (a safety net), then closes the store. */
    @Override
    public void close() {
        runLocks.close();
        database.close();
    }
}
