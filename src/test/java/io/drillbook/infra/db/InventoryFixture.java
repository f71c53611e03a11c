package io.drillbook.infra.db;

import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A real H2 store with the inventory's repositories, for tests. */
final class InventoryFixture implements AutoCloseable {
    final Database db;
    final JdbcDaySummaryStore summaries;
    final JdbcBackupRepository backups;
    final JdbcWorkspaceRepository workspace;
    final JdbcDrillRunRepository drills;

    InventoryFixture(Path dir) {
        this(Database.embedded(dir));
    }

    /** The repositories on an open store (closing the fixture closes it). */
    InventoryFixture(Database db) {
        this.db = db;
        summaries = new JdbcDaySummaryStore(db);
        backups = new JdbcBackupRepository(db, summaries);
        workspace = new JdbcWorkspaceRepository(db);
        drills = new JdbcDrillRunRepository(db);
    }

    ComplianceService compliance(Instant now) {
        return new ComplianceService(summaries, workspace, drills, Clock.fixed(now, ZoneOffset.UTC));
    }

    void policies(Policy... policies) {
        List<ProtectedSystem> systems = java.util.Arrays.stream(policies).map(p -> p.target().system()).distinct()
                .map(name -> new ProtectedSystem(name, "alice", 1, "")).toList();
        workspace.merge(new Workspace(systems, List.of(policies), List.of(), List.of(), List.of(), List.of()));
    }

    static Backup backup(SystemEnv target, Instant completed, BackupStatus status) {
        return new Backup(target, BackupSource.DEMO, "b-" + completed + "-" + status, completed.minusSeconds(300), completed,
                status, 1, "", "", true, null, false);
    }

    /** Backups every {@code every} with completions in [from, to). */
    void backupsEvery(SystemEnv target, Instant from, Instant to, Duration every) {
        List<Backup> list = new java.util.ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(every)) {
            list.add(backup(target, t, BackupStatus.SUCCEEDED));
        }
        backups.addAll(list);
    }

    void drill(SystemEnv target, Instant finished, RunResult result, Duration recovery) {
        drills.save(new DrillSummary(UUID.randomUUID().toString(), target, "plan", "b", finished.minus(recovery), finished,
                result, Duration.ofHours(1), recovery, recovery, Duration.ZERO, "bob"));
    }

    @Override
    public void close() {
        db.close();
    }
}
