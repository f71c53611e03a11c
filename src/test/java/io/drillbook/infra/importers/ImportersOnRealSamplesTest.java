package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static io.drillbook.infra.importers.Samples.SHOP;
import static io.drillbook.infra.importers.Samples.SHOP_PROD;
import static io.drillbook.infra.importers.Samples.path;
import static org.assertj.core.api.Assertions.assertThat;

class ImportersOnRealSamplesTest {

    @Test
    void resticSnapshotsBecomeSucceededEncryptedBackups() throws Exception {
        ParsedBatch batch = new ResticImporter().parse(path("restic_snapshots.json"), SHOP);
        assertThat(batch.backups()).hasSize(2).allSatisfy(b -> {
            assertThat(b.status()).isEqualTo(BackupStatus.SUCCEEDED);
            assertThat(b.encrypted()).isTrue();
            assertThat(b.target()).isEqualTo(SHOP_PROD);
        });
        Backup first = batch.backups().get(0);
        assertThat(first.externalId()).startsWith("9d3ceccf");
        assertThat(first.completedAt()).isEqualTo(Instant.parse("2026-11-21T05:21:40.336005086Z"));
        assertThat(batch.sha256()).hasSize(64);
    }

    @Test
    void pgBackRestReadsEveryBackupOfTheStanzaWithEpochTimes() throws Exception {
        ParsedBatch batch = new PgBackRestImporter().parse(path("pgbackrest_info.json"), SHOP);
        assertThat(batch.backups()).extracting(Backup::externalId).containsExactly("20261121-052051F",
                "20261121-052051F_20261121-052057D", "20261121-052051F_20261121-052100I");
        Backup full = batch.backups().get(0);
        assertThat(full.startedAt()).isEqualTo(Instant.parse("2026-11-21T05:20:51Z"));
        assertThat(full.completedAt()).isEqualTo(Instant.parse("2026-11-21T05:20:54Z"));
        assertThat(full.sizeBytes()).isEqualTo(32643312L);
        assertThat(full.encrypted()).isFalse();
        assertThat(batch.notices()).isEmpty();
    }

    @Test
    void borgListTimesWithoutZoneAreReadInTheCallersZone() throws Exception {
        ImportOptions berlin = SHOP.withZone(ZoneId.of("Europe/Berlin"));
        ParsedBatch batch = new BorgImporter().parse(path("borg_list_repo.json"), berlin);
        assertThat(batch.backups()).hasSize(2);
        Backup first = batch.backups().get(0);
        assertThat(first.externalId()).isEqualTo("app01-shop-2026-11-21T0522-1");
        assertThat(first.completedAt()).isEqualTo(Instant.parse("2026-11-21T04:21:59Z"));
        assertThat(first.encrypted()).isTrue();
        assertThat(first.location()).isEqualTo("/srv/lab/borg::app01-shop-2026-11-21T0522-1");
    }

    @Test
    void borgInfoOfARepositoryHasNoArchivesAndSaysSo() throws Exception {
        ParsedBatch batch = new BorgImporter().parse(path("borg_info_repo.json"), SHOP);
        assertThat(batch.backups()).isEmpty();
        assertThat(batch.notices()).singleElement().asString().contains("no archives");
    }

    @Test
    void veleroPhasesMapToStatuses() throws Exception {
        ParsedBatch batch = new VeleroImporter().parse(path("velero_backup_get_o_json.json"), SHOP);
        assertThat(batch.backups()).extracting(Backup::status)
                .containsExactly(BackupStatus.SUCCEEDED, BackupStatus.PARTIAL, BackupStatus.FAILED);
        assertThat(batch.notices()).anySatisfy(n -> assertThat(n).contains("manual-before-v5", "AccessDenied"));
    }

    @Test
    void awsBackupRecoveryPointsKeepArnSizeAndEncryption() throws Exception {
        ParsedBatch batch = new AwsBackupImporter().parse(path("aws_backup_list_recovery_points.json"), SHOP);
        assertThat(batch.backups()).hasSize(4);
        Backup rds = batch.backups().get(0);
        assertThat(rds.externalId()).startsWith("arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:");
        assertThat(rds.completedAt()).isEqualTo(Instant.parse("2026-11-21T03:09:48.902Z"));
        assertThat(rds.sizeBytes()).isEqualTo(21474836480L);
        assertThat(rds.encrypted()).isTrue();
        assertThat(batch.backups()).extracting(Backup::status).containsExactly(BackupStatus.SUCCEEDED,
                BackupStatus.SUCCEEDED, BackupStatus.PARTIAL, BackupStatus.EXPIRED);
        assertThat(batch.backups().get(3).status().isRecoveryPoint()).isFalse();
        assertThat(batch.notices()).hasSize(2).anySatisfy(n -> assertThat(n).contains("EXPIRED"));
    }

    @Test
    void mappingFileSendsEachGroupingToItsTarget() throws Exception {
        ImportOptions mapped = new ImportOptions(null, new MappingFileReader().read(path("mapping.yaml")), null);
        assertThat(new VeleroImporter().parse(path("velero_backup_get_o_json.json"), mapped).backups())
                .extracting(Backup::target).containsExactly(new SystemEnv("shop-k8s", "prod"),
                        new SystemEnv("shop-k8s", "prod"));
        ParsedBatch velero = new VeleroImporter().parse(path("velero_backup_get_o_json.json"), mapped);
        assertThat(velero.rejected()).singleElement().satisfies(r -> {
            assertThat(r.item()).isEqualTo("manual-before-v5");
            assertThat(r.reason()).contains("no mapping for schedule");
        });
        assertThat(new ResticImporter().parse(path("restic_snapshots.json"), mapped).backups())
                .extracting(Backup::target).containsOnly(new SystemEnv("shop-files", "prod"));
        assertThat(new BorgImporter().parse(path("borg_list_repo.json"), mapped).backups())
                .extracting(Backup::target).containsOnly(new SystemEnv("shop-app", "prod"));
        assertThat(new AwsBackupImporter().parse(path("aws_backup_list_recovery_points.json"), mapped).backups())
                .extracting(Backup::target).containsOnly(SHOP_PROD);
    }
}
