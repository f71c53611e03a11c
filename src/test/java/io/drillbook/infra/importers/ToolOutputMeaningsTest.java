package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static io.drillbook.infra.importers.Samples.SHOP;
import static io.drillbook.infra.importers.Samples.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outputs captured from restic 0.14 and borg 1.2.4 (see RealBackupToolsTest for the live versions). */
class ToolOutputMeaningsTest {

    @Test
    void borgCreateJsonImportsItsOneArchiveWithSize() throws Exception {
        ParsedBatch batch = new BorgImporter().parse(path("borg_create.json"), SHOP);
        assertThat(batch.backups()).singleElement().satisfies(b -> {
            assertThat(b.externalId()).isEqualTo("app01-shop-2026-12-04");
            assertThat(b.status()).isEqualTo(BackupStatus.SUCCEEDED);
            assertThat(b.sizeBytes()).isPositive();
            assertThat(b.encrypted()).isFalse();
            assertThat(b.location()).endsWith("::app01-shop-2026-12-04");
        });
        assertThat(batch.notices()).isEmpty();
    }

    @Test
    void borgCheckpointArchiveIsPartialNeverGood() throws Exception {
        Path file = Files.createTempFile("borg-checkpoint", ".json");
        Files.writeString(file, Files.readString(path("borg_create.json"))
                .replace("\"name\": \"app01-shop-2026-12-04\"", "\"name\": \"app01-shop-2026-12-04.checkpoint\""));
        ParsedBatch batch = new BorgImporter().parse(file, SHOP);
        assertThat(batch.backups()).singleElement().extracting(Backup::status).isEqualTo(BackupStatus.PARTIAL);
        assertThat(batch.notices()).singleElement().asString().contains("checkpoint");
    }

    @Test
    void resticBackupJsonLinesImportTheSnapshotOfItsSummaryTimedByTheFile() throws Exception {
        Path file = Files.createTempFile("restic-backup", ".json");
        Files.copy(path("restic_backup_json_lines.json"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Instant written = Instant.parse("2026-12-04T03:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));
        ParsedBatch batch = new ResticImporter().parse(file, SHOP);
        assertThat(batch.backups()).singleElement().satisfies(b -> {
            assertThat(b.externalId()).isEqualTo("b9c57263");
            assertThat(b.completedAt()).isEqualTo(written);
            assertThat(b.startedAt()).isBefore(written);
            assertThat(b.sizeBytes()).isEqualTo(6);
            assertThat(b.status()).isEqualTo(BackupStatus.SUCCEEDED);
        });
        assertThat(batch.notices()).singleElement().asString().contains("modification time");
    }

    @Test
    void resticBackupWithoutSummaryDidNotFinishAndImportsNothing() {
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_backup_unfinished.json"), SHOP))
                .isInstanceOf(ImportException.class).hasMessageContaining("without a summary");
    }

    @Test
    void resticSnapshotsAndBackupSummaryShareTheShortId() throws Exception {
        ParsedBatch batch = new ResticImporter().parse(path("restic_snapshots.json"), SHOP);
        assertThat(batch.backups()).allSatisfy(b -> {
            assertThat(b.externalId()).hasSize(8);
            assertThat(b.location()).startsWith("restic:snapshot/" + b.externalId()).hasSize("restic:snapshot/".length() + 64);
        });
    }

    @Test
    void concatenatedJsonDocumentsAreAnErrorAtTheSecondOne() {
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_concatenated.json"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.problem()).contains("Trailing token", "one JSON document per file");
                });
    }

    @Test
    void trailingGarbageIsAnErrorWithLineAndColumn() throws Exception {
        long lines = Files.readAllLines(path("restic_trailing_garbage.json")).size();
        assertThatThrownBy(() -> new ResticImporter().parse(path("restic_trailing_garbage.json"), SHOP))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo((int) lines);
                    assertThat(e.column()).isPositive();
                });
    }
}
