package io.drillbook.infra.db;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLimits;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.inventory.ImportSummary;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.evidence.EvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13: an import and its evidence event commit together, or neither does, on a real H2 file. */
class EvidencedWritesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anImportOntoSixtyTargetsCommitsItsBackupsAndOneEventWithTheSubjectShortened() {
        InventoryService inventory = new InventoryService(new JdbcBackupRepository(db), log(new JdbcEvidenceRepository(db)));

        ImportSummary summary = inventory.importBatch(sixtyTargets());

        assertThat(summary.added()).isEqualTo(60);
        assertThat(new JdbcBackupRepository(db).count()).isEqualTo(60);
        List<EvidenceEvent> imported = new JdbcEvidenceRepository(db).find(EvidenceQuery.all(10).withKindPrefix(InventoryService.EVENT_KIND));
        assertThat(imported).hasSize(1);
        EvidenceEvent event = imported.get(0);
        assertThat(event.subject()).hasSizeLessThanOrEqualTo(EvidenceLimits.SUBJECT_MAX).contains("sha256").startsWith("payments-service-00/prod");
        assertThat(event.payload()).contains("\"" + EvidenceLimits.FULL_SUBJECT + "\":\"payments-service-00/prod,")
                .contains("payments-service-59/prod");
        ChainVerification verified = new JdbcEvidenceRepository(db).verify();
        assertThat(verified.isIntact()).as(verified.describe()).isTrue();
    }

    @Test
    void rerunningTheSameImportAddsNothingAndStillRecordsItsEvent() {
        InventoryService inventory = new InventoryService(new JdbcBackupRepository(db), log(new JdbcEvidenceRepository(db)));
        inventory.importBatch(sixtyTargets());

        ImportSummary again = inventory.importBatch(sixtyTargets());

        assertThat(again.added()).isZero();
        assertThat(again.known()).isEqualTo(60);
        assertThat(new JdbcEvidenceRepository(db).find(EvidenceQuery.all(10).withKindPrefix(InventoryService.EVENT_KIND))).hasSize(2);
    }

    @Test
    void anImportWhoseEvidenceAppendFailsLeavesNoBackups() {
        InventoryService inventory = new InventoryService(new JdbcBackupRepository(db), log(failingAppends(new JdbcEvidenceRepository(db))));

        assertThatThrownBy(() -> inventory.importBatch(sixtyTargets())).hasMessageContaining("append refused");

        assertThat(new JdbcBackupRepository(db).count()).isZero();
        assertThat(new JdbcEvidenceRepository(db).head()).isEmpty();
    }

    private EvidenceLog log(EvidenceRepository repository) {
        return new EvidenceLog(repository, Clock.systemUTC(), () -> "importer", new JdbcTransactions(db));
    }

    /** A fault a real server does not produce on demand: the append fails after the data was written. */
    private static EvidenceRepository failingAppends(EvidenceRepository real) {
        return (EvidenceRepository) Proxy.newProxyInstance(EvidenceRepository.class.getClassLoader(),
                new Class<?>[]{EvidenceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("append") && args[0] instanceof EvidenceDraft) {
                        throw new IllegalStateException("append refused");
                    }
                    return method.invoke(real, args);
                });
    }

    private static ParsedBatch sixtyTargets() {
        List<Backup> backups = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant done = NOW.minus(Duration.ofHours(i));
            backups.add(new Backup(new SystemEnv(String.format("payments-service-%02d", i), "prod"), BackupSource.RESTIC,
                    "snap-" + i, done.minus(Duration.ofMinutes(20)), done, BackupStatus.SUCCEEDED, 1024, null,
                    "s3://backups/" + i, true, null, false));
        }
        return new ParsedBatch("restic-snapshots.json", "0".repeat(64), BackupSource.RESTIC, backups, List.of(), List.of());
    }
}
