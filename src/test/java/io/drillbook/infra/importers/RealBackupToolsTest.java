package io.drillbook.infra.importers;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ImportSummary;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static io.drillbook.infra.importers.ToolProcess.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The importers on what restic 0.14 and borg 1.2.4 really print: small repositories made in a
 * temp dir, the tools' own {@code --json} commands, their output imported into an H2 inventory.
 * Skipped, with the reason, where a tool is not installed (CI installs them: .ci/run).
 * pgBackRest has its own class, {@link RealPgBackRestTest}, since it needs a PostgreSQL cluster.
 */
class RealBackupToolsTest {
    private static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    private static final ImportOptions SHOP = ImportOptions.forTarget(SHOP_PROD);

    @TempDir
    Path dir;
    private Database db;
    private JdbcBackupRepository backups;
    private InventoryService inventory;

    @BeforeEach
    void open() throws Exception {
        db = Database.embedded(dir.resolve("db"));
        backups = new JdbcBackupRepository(db, new JdbcDaySummaryStore(db));
        inventory = new InventoryService(backups, new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "ci"));
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/orders.csv"), "id,total\n1,10\n2,20\n");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportSummary importOutput(JsonImporter importer, String name, String output) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, output);
        return inventory.importBatch(importer.parse(file, SHOP));
    }

    @Test
    void resticBackupJsonThenSnapshotsJsonIsOneSnapshot() throws Exception {
        assumeTrue(ToolProcess.onPath("restic"), "restic is not installed (apt-get install restic)");
        Map<String, String> env = Map.of("RESTIC_PASSWORD", "test-only", "RESTIC_REPOSITORY", dir.resolve("restic").toString(),
                "RESTIC_CACHE_DIR", dir.resolve("restic-cache").toString());
        ok(List.of("restic", "init", "--quiet"), env, dir, false);
        String backup = ok(List.of("restic", "backup", "--json", "--tag", "shop", dir.resolve("data").toString()), env, dir, false);

        ImportSummary first = importOutput(new ResticImporter(), "backup.json", backup);
        assertThat(first.added()).isEqualTo(1);
        Backup stored = backups.newest(SHOP_PROD, 5).get(0);
        assertThat(backup).contains("\"snapshot_id\":\"" + stored.externalId() + "\"");
        assertThat(stored.status()).isEqualTo(BackupStatus.SUCCEEDED);
        assertThat(stored.sizeBytes()).isEqualTo(Files.size(dir.resolve("data/orders.csv")));

        String snapshots = ok(List.of("restic", "snapshots", "--json"), env, dir, false);
        ImportSummary second = importOutput(new ResticImporter(), "snapshots.json", snapshots);
        assertThat(second.added()).isZero();
        assertThat(second.known()).isEqualTo(1);
        assertThat(backups.count()).isEqualTo(1);
    }

    @Test
    void borgCreateListAndInfoMakeOneArchiveEachWithItsSize() throws Exception {
        assumeTrue(ToolProcess.onPath("borg"), "borg is not installed (apt-get install borgbackup)");
        String repo = dir.resolve("borg").toString();
        Map<String, String> env = Map.of("BORG_PASSPHRASE", "", "BORG_BASE_DIR", dir.resolve("borg-home").toString(),
                "BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK", "yes");
        ok(List.of("borg", "init", "--encryption", "none", repo), env, dir, false);
        String created = ok(List.of("borg", "create", "--json", repo + "::shop-1", dir.resolve("data").toString()), env, dir, false);
        ImportSummary fromCreate = importOutput(new BorgImporter(), "create.json", created);
        assertThat(fromCreate.added()).isEqualTo(1);
        assertThat(backups.byExternalId(SHOP_PROD, "shop-1")).get().satisfies(b -> {
            assertThat(b.sizeBytes()).isPositive();
            assertThat(b.encrypted()).isFalse();
        });

        Files.writeString(dir.resolve("data/orders.csv"), "3,30\n", java.nio.file.StandardOpenOption.APPEND);
        ok(List.of("borg", "create", repo + "::shop-2", dir.resolve("data").toString()), env, dir, false);
        String listed = ok(List.of("borg", "list", "--json", repo), env, dir, false);
        ImportSummary fromList = importOutput(new BorgImporter(), "list.json", listed);
        assertThat(fromList.added()).isEqualTo(1);
        assertThat(fromList.known()).isEqualTo(1);
        assertThat(backups.byExternalId(SHOP_PROD, "shop-2")).get().extracting(Backup::sizeBytes).isEqualTo(-1L);

        String info = ok(List.of("borg", "info", "--json", repo + "::shop-2"), env, dir, false);
        ImportSummary fromInfo = importOutput(new BorgImporter(), "info.json", info);
        assertThat(fromInfo.added()).isZero();
        assertThat(backups.count()).isEqualTo(2);
        assertThat(backups.byExternalId(SHOP_PROD, "shop-2")).get().extracting(Backup::sizeBytes)
                .isEqualTo(Files.size(dir.resolve("data/orders.csv")));

        Path wholeRepo = dir.resolve("info-repo.json");
        Files.writeString(wholeRepo, ok(List.of("borg", "info", "--json", repo), env, dir, false));
        ParsedBatch batch = new BorgImporter().parse(wholeRepo, SHOP);
        assertThat(batch.backups()).isEmpty();
        assertThat(batch.notices()).singleElement().asString().contains("borg list --json", "borg create --json");
    }

    @Test
    void missingResticRepositoryLeavesNothingToImport() throws Exception {
        assumeTrue(ToolProcess.onPath("restic"), "restic is not installed (apt-get install restic)");
        Map<String, String> env = Map.of("RESTIC_PASSWORD", "x", "RESTIC_REPOSITORY", dir.resolve("nowhere").toString(),
                "RESTIC_CACHE_DIR", dir.resolve("restic-cache").toString());
        Path out = dir.resolve("missing.json");
        assertThat(ToolProcess.run(List.of("restic", "snapshots", "--json"), env, out, false)).isNotZero();
        assertThatThrownBy(() -> new ResticImporter().parse(out, SHOP)).isInstanceOf(io.drillbook.core.inventory.ImportException.class)
                .hasMessageContaining("missing.json:1:1: the file is empty");
    }
}
