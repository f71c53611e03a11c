package io.drillbook.core.drill;

import io.drillbook.core.connect.Checksums;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.local.LocalRemoteShell;
import io.drillbook.testing.fakes.InMemoryBackupRepository;
import io.drillbook.testing.fakes.InMemoryDrillLeftoverStore;
import io.drillbook.testing.fakes.InMemoryStores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The in-memory stores, the local shell, and a small file "backup" of shop/prod completed six hours
 * ago, restored by copying it into a restore folder: the drill runner's rules without a database.
 */
final class DrillRunFixture implements AutoCloseable {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    final Path dir;
    final TestClock clock = new TestClock(Instant.now());
    final InMemoryStores stores = new InMemoryStores();
    final EvidenceLog evidence = stores.evidenceLog(clock, () -> "alice");
    final InMemoryBackupRepository backups = stores.backups;
    final DrillRunRepository runs = stores.drills.repository();
    final DrillJournal journal = stores.drills.journal();
    final InMemoryDrillLeftoverStore leftovers = new InMemoryDrillLeftoverStore();
    final LocalRemoteShell shell = new LocalRemoteShell(ConnectionProfile.local("local"));
    final Backup backup;
    final Path restoreDir;

    DrillRunFixture(Path dir) throws IOException {
        this.dir = dir;
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
    }

    /** Real time that tests can also move forward, e.g. while a person "does" a manual step. */
    static final class TestClock extends io.drillbook.testing.MovableClock {
        TestClock(java.time.Instant start) {
            super(start);
        }
    }
}
