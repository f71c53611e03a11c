package io.drillbook.core.calendar;

import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWaiverRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/**
 * shop/prod (RPO 24 h, RTO 4 h, drill every 90 days) and its nightly backup window, on the
 * in-memory stores, or on a real H2 file for tests that want the whole path to the store.
 */
public final class GateFixture implements AutoCloseable {
    public static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    public static final Instant NOW = Instant.parse("2026-12-02T02:30:00Z");

    /** The H2 store; null on the in-memory stores. */
    public final Database db;
    public final WorkspaceRepository workspace;
    public final BackupRepository backups;
    public final DrillRunRepository drills;
    public final WaiverRepository waivers;
    public final EvidenceLog evidence;
    public final GateService service;

    /** On the in-memory stores. */
    public GateFixture(List<Freeze> freezes, List<Release> releases) {
        this(null, new InMemoryStores(), freezes, releases);
    }

    /** On a real H2 file in {@code dir}. */
    public GateFixture(Path dir, List<Freeze> freezes, List<Release> releases) {
        this(Database.embedded(dir), null, freezes, releases);
    }

    private GateFixture(Database db, InMemoryStores memory, List<Freeze> freezes, List<Release> releases) {
        this.db = db;
        workspace = db == null ? memory.workspace : new JdbcWorkspaceRepository(db);
        backups = db == null ? memory.backups : new JdbcBackupRepository(db);
        drills = db == null ? memory.drills.repository() : new JdbcDrillRunRepository(db);
        waivers = db == null ? memory.waivers : new JdbcWaiverRepository(db);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        evidence = new EvidenceLog(db == null ? memory.evidence : new JdbcEvidenceRepository(db), clock, () -> "pipeline");
        workspace.merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, "")),
                List.of(Policy.of(SHOP_PROD, LocalDate.parse("2026-01-01"), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90))),
                List.of(CalendarFixtures.nightlyShopBackup()), List.of(), freezes, releases));
        ReleaseGates gates = new ReleaseGates(workspace, backups, drills, new RecurrenceExpander());
        service = new GateService(gates, workspace, waivers, evidence, clock);
    }

    public void backup(String id, String completedAt, BackupStatus status) {
        Instant done = Instant.parse(completedAt);
        backups.addAll(List.of(new Backup(SHOP_PROD, BackupSource.RESTIC, id, done.minusSeconds(600), done, status, 1000, "", "", true, null, false)));
    }

    public void drill(String runId, String finishedAt, RunResult result, Duration recovery) {
        Instant done = Instant.parse(finishedAt);
        drills.save(new DrillSummary(runId, SHOP_PROD, "shop-db restore", "b1", done.minus(recovery), done, result,
                Duration.ofHours(6), recovery, recovery.minusMinutes(4), Duration.ofMinutes(4), "dave"));
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
