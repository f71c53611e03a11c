package io.drillbook.infra.importers;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.inventory.ImportSummary;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.testing.fakes.InMemoryBackupRepository;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.drillbook.infra.importers.Samples.SHOP;
import static io.drillbook.infra.importers.Samples.SHOP_PROD;
import static io.drillbook.infra.importers.Samples.path;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryImportTest {
    @TempDir
    Path dir;
    private InMemoryBackupRepository backups;
    private InMemoryEvidenceRepository evidence;
    private InventoryService service;

    @BeforeEach
    void open() {
        backups = new InMemoryBackupRepository();
        evidence = new InMemoryEvidenceRepository();
        EvidenceLog log = new EvidenceLog(evidence, Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC), () -> "alice");
        service = new InventoryService(backups, log);
    }

    @Test
    void reImportingTheSameOutputAddsNothing() throws Exception {
        ParsedBatch batch = new PgBackRestImporter().parse(path("pgbackrest_info.json"), SHOP);
        ImportSummary first = service.importBatch(batch);
        ImportSummary second = service.importBatch(new PgBackRestImporter().parse(path("pgbackrest_info.json"), SHOP));
        assertThat(first.added()).isEqualTo(3);
        assertThat(second.added()).isZero();
        assertThat(second.known()).isEqualTo(3);
        assertThat(backups.count()).isEqualTo(3);
    }

    @Test
    void eachImportIsOneEvidenceEventWithCountsAndTheFilesHash() throws Exception {
        ParsedBatch batch = new VeleroImporter().parse(path("velero_backup_get_o_json.json"), SHOP);
        service.importBatch(batch);
        List<EvidenceEvent> events = evidence.find(EvidenceQuery.all(10).withKindPrefix(InventoryService.EVENT_KIND));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("shop/prod");
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.payload()).contains("\"added\":3", "\"sha256\":\"" + batch.sha256() + "\"", "\"source\":\"VELERO\"");
        });
        assertThat(evidence.verify().isIntact()).isTrue();
    }

    @Test
    void aRunningBackupIsCompletedByALaterImport() throws Exception {
        service.importBatch(new VeleroImporter().parse(path("velero_single_in_progress.json"), SHOP));
        assertThat(backups.newest(SHOP_PROD, 1).get(0).status()).isEqualTo(BackupStatus.RUNNING);
        java.nio.file.Path done = dir.resolve("done.json");
        java.nio.file.Files.writeString(done, java.nio.file.Files.readString(path("velero_single_in_progress.json"))
                .replace("\"InProgress\", \"startTimestamp\": \"2026-11-22T02:00:14Z\"",
                        "\"Completed\", \"startTimestamp\": \"2026-11-22T02:00:14Z\", \"completionTimestamp\": \"2026-11-22T02:03:00Z\""));
        ImportSummary summary = service.importBatch(new VeleroImporter().parse(done, SHOP));
        assertThat(summary.added()).isZero();
        assertThat(backups.newest(SHOP_PROD, 1).get(0).status()).isEqualTo(BackupStatus.SUCCEEDED);
    }
}
