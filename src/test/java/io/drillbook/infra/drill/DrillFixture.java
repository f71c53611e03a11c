package io.drillbook.infra.drill;

import io.drillbook.core.connect.Checksums;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillRecovery;
import io.drillbook.core.drill.DrillRequest;
import io.drillbook.core.drill.DrillRunner;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.local.LocalRemoteShell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * A real H2 file store, the local shell, and a small file "backup" of shop/prod completed six hours
 * ago, restored by copying it into a restore folder. Everything lives in one temp folder.
 */
final class DrillFixture implements AutoCloseable {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    final Path dir;
    final TestClock clock = new TestClock(Instant.now());
    final Database db;
    final EvidenceLog evidence;
    final JdbcBackupRepository backups;
    final JdbcDrillRunRepository runs;
    final JdbcDrillJournal journal;
    final JdbcDrillLeftoverStore leftovers;
    final LocalRemoteShell shell = new LocalRemoteShell(ConnectionProfile.local("local"));
    final Backup backup;
    final Path restoreDir;

    DrillFixture(Path dir) throws IOException {
        this.dir = dir;
        this.db = Database.embedded(dir.resolve("db"));
        this.evidence = new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "alice");
        this.backups = new JdbcBackupRepository(db);
        this.runs = new JdbcDrillRunRepository(db);
        this.journal = new JdbcDrillJournal(db);
        this.leftovers = new JdbcDrillLeftoverStore(db);
        Path data = Files.writeString(Files.createDirectories(dir.resolve("backups")).resolve("orders.csv"),
                "id,total\n1,10.00\n2,25.50\n");
        Instant completed = clock.instant().minus(Duration.ofHours(6));
        this.backup = new Backup(SHOP_PROD, BackupSource.LOCAL, "snap-1", completed.minusSeconds(60), completed,
                BackupStatus.SUCCEEDED, Files.size(data), Checksums.sha256(data), data.toString(), false, null, false);
        backups.addAll(List.of(backup));
        this.restoreDir = dir.resolve("restore");
    }

    DrillRunner runner() {
        return new DrillRunner(evidence, journal, runs, backups, clock).keepingLeftoversIn(leftovers);
    }

    /** Cleans up after runs on the shells {@code shells} opens by profile name, with no workspace plans. */
    DrillCleanup cleanup(Function<String, RemoteShell> shells) {
        return new DrillCleanup(journal, leftovers, evidence, Transactions.SEPARATE, Authorizer.UNRESTRICTED,
                new RunLocks(io.drillbook.infra.team.TeamAdapters.runLock(db, clock), ZoneOffset.UTC), null, shells, dir.resolve("output"), clock);
    }

    DrillRecovery recovery() {
        return new DrillRecovery(journal, runs, evidence, clock);
    }

    /** Restore = copy the backup file into the restore folder; check its checksum; cleanup removes the folder. */
    DrillPlan restorePlan(List<DrillStep> extraSteps, List<DrillCheck> extraChecks) {
        return io.drillbook.testing.FilesRestorePlan.of(backup, restoreDir, extraSteps, extraChecks);
    }

    DrillRequest request(DrillPlan plan) {
        Policy policy = Policy.of(SHOP_PROD, LocalDate.of(2026, 1, 1), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90));
        return new DrillRequest(plan, backup, policy, "alice", dir.resolve("output"));
    }

    @Override
    public void close() {
        shell.close();
        db.close();
    }

    /** Real time that tests can also move forward, e.g. while a person "does" a manual step. */
    static final class TestClock extends io.drillbook.testing.MovableClock {
        TestClock(java.time.Instant start) {
            super(start);
        }
    }
}
