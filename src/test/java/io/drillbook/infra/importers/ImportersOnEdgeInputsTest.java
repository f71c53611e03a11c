package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.drillbook.infra.importers.Samples.SHOP;
import static io.drillbook.infra.importers.Samples.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportersOnEdgeInputsTest {

    @Test
    void emptyResticRepositoryYieldsNothing() throws Exception {
        ParsedBatch batch = new ResticImporter().parse(path("restic_empty.json"), SHOP);
        assertThat(batch.backups()).isEmpty();
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_malformed.json"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).endsWith("restic_malformed.json");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(19);
                    assertThat(e.getMessage()).contains("restic_malformed.json:2:19", "malformed input");
                });
    }

    @Test
    void wrongShapeIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_wrong_shape.json"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.problem()).contains("expected a list of snapshots");
                });
        assertThatThrownBy(() -> new VeleroImporter().parse(path("restic_snapshots.json"), SHOP))
                .isInstanceOf(ImportException.class).hasMessageContaining("Velero BackupList");
    }

    @Test
    void badTimeNamesTheValuesLineAndPath() {
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_bad_time.json"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.problem()).contains("'yesterday'", "/1/time");
                });
    }

    @Test
    void pgBackRestFailedBackupAndRunningLockAreReported() throws Exception {
        ImportOptions options = ImportOptions.forTarget(new SystemEnv("billing", "prod"));
        ParsedBatch batch = new PgBackRestImporter().parse(path("pgbackrest_failed_running.json"), options);
        assertThat(batch.backups()).extracting(Backup::status).containsExactly(BackupStatus.SUCCEEDED, BackupStatus.FAILED);
        assertThat(batch.backups()).allSatisfy(b -> assertThat(b.encrypted()).isTrue());
        assertThat(batch.notices()).anySatisfy(n -> assertThat(n).contains("billing", "backup is running"));
    }

    @Test
    void pgBackRestMissingStanzaNextToAGoodOneFailsTheWholeFile() {
        ImportOptions options = ImportOptions.forTarget(new SystemEnv("billing", "prod"));
        assertThatThrownBy(() -> new PgBackRestImporter().parse(path("pgbackrest_missing_stanza_mixed.json"), options))
                .isInstanceOf(io.drillbook.core.inventory.SourceMissingException.class)
                .hasMessageContaining("pgbackrest_missing_stanza_mixed.json:9:")
                .hasMessageContaining("stanza 'ledger': missing stanza path (status code 1)");
    }

    @Test
    void unmappedStanzaIsRejectedWithReasonWhenNoDefaultTarget() throws Exception {
        ImportOptions mapped = new ImportOptions(null, new MappingFileReader().read(path("mapping.yaml")), null);
        ParsedBatch batch = new PgBackRestImporter().parse(path("pgbackrest_info.json"), mapped);
        assertThat(batch.backups()).hasSize(3);
        ImportOptions other = new ImportOptions(null, io.drillbook.core.inventory.TargetMapping.builder()
                .map("stanza", "billing", new SystemEnv("billing", "prod")).build(), null);
        ParsedBatch rejected = new PgBackRestImporter().parse(path("pgbackrest_info.json"), other);
        assertThat(rejected.backups()).isEmpty();
        assertThat(rejected.rejected()).hasSize(3).allSatisfy(r -> assertThat(r.reason()).contains("stanza 'shop'"));
    }

    @Test
    void veleroSingleInProgressBackupIsRunning() throws Exception {
        ParsedBatch batch = new VeleroImporter().parse(path("velero_single_in_progress.json"), SHOP);
        assertThat(batch.backups()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BackupStatus.RUNNING);
            assertThat(b.completedAt()).isNull();
        });
    }

    @Test
    void awsBackupEpochSecondsAreRead() throws Exception {
        ParsedBatch batch = new AwsBackupImporter().parse(path("aws_backup_epoch.json"), SHOP);
        assertThat(batch.backups().get(0).startedAt()).isEqualTo(Instant.parse("2026-11-21T01:00:00.5Z"));
        assertThat(batch.backups().get(0).completedAt()).isEqualTo(Instant.parse("2026-11-21T01:05:00.25Z"));
        assertThat(batch.backups().get(0).encrypted()).isFalse();
    }

    @Test
    void csvRowsWithAndWithoutTargetColumns() throws Exception {
        ParsedBatch batch = new CsvImporter().parse(path("backups.csv"), SHOP.withZone(java.time.ZoneId.of("Europe/Berlin")));
        assertThat(batch.backups()).extracting(Backup::status)
                .containsExactly(BackupStatus.SUCCEEDED, BackupStatus.FAILED, BackupStatus.RUNNING);
        assertThat(batch.backups().get(0).location()).isEqualTo("s3://backups/shop/prod/b-1.dump");
        assertThat(batch.backups().get(1).completedAt()).isEqualTo(Instant.parse("2026-11-21T00:12:00Z"));
    }

    @Test
    void csvBadStatusNamesLineAndColumn() {
        assertThatThrownBy(() -> new CsvImporter().parse(path("backups_bad_status.csv"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(47);
                    assertThat(e.problem()).contains("exploded");
                });
    }

    @Test
    void mappingFileWithUnknownKeyNamesItsLine() {
        assertThatThrownBy(() -> new MappingFileReader().read(path("mapping_bad.yaml")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("sytem");
                });
    }
}
