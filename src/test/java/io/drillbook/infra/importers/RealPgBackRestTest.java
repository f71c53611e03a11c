package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.inventory.SourceMissingException;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.drillbook.infra.importers.ToolProcess.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pgBackRest importer on what pgBackRest 2.45 prints for a stanza on a PostgreSQL 15 cluster
 * this test starts itself (initdb and pg_ctl in a temp dir, WAL archived by pgBackRest, as user
 * postgres when run as root, as .ci/start-postgres.sh does): a finished full backup, a backup
 * still running (held at its end until its WAL is archived), and a stanza that does not exist.
 */
class RealPgBackRestTest {
    private static final String PG_BIN = System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin");
    private static final ImportOptions SHOP = ImportOptions.forTarget(new SystemEnv("shop", "prod"));
    private static Path dir;
    private static Path config;
    private static boolean started;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(ToolProcess.onPath("pgbackrest"), "pgbackrest is not installed (apt-get install pgbackrest)");
        assumeTrue(Files.isExecutable(Path.of(PG_BIN, "initdb")), "PostgreSQL server binaries not found in " + PG_BIN);
        dir = Files.createTempDirectory("drillbook-pgbackrest");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (ToolProcess.isRoot()) {
            ok(List.of("chown", "postgres:postgres", dir.toString()), Map.of(), dir, false);
        }
        int port = freePort();
        config = dir.resolve("pgbackrest.conf");
        Files.writeString(config, String.join("\n", "[global]", "repo1-path=" + dir.resolve("repo"),
                "log-path=" + dir.resolve("log"), "lock-path=" + dir.resolve("lock"), "log-level-console=error",
                "log-level-file=off", "start-fast=y", "compress-type=none", "repo1-retention-full=10", "archive-timeout=60",
                "[shop]", "pg1-path=" + dir.resolve("data"), "pg1-port=" + port, "pg1-socket-path=" + dir, ""));
        postgres(List.of(PG_BIN + "/initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust"));
        String archive = "test ! -f " + dir.resolve("hold") + " && pgbackrest --config=" + config + " --stanza=shop archive-push %p";
        postgres(List.of(PG_BIN + "/pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses='' -c fsync=off -c archive_mode=on"
                        + " -c archive_command='" + archive + "'", "-w", "start"));
        started = true;
        pgbackrest("stanza-create");
        pgbackrest("--type=full", "backup");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (started) {
            postgres(List.of(PG_BIN + "/pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"));
        }
        if (dir != null) {
            ok(List.of("rm", "-rf", dir.toString()), Map.of(), Path.of(System.getProperty("java.io.tmpdir")), false);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String postgres(List<String> command) throws Exception {
        return ok(command, Map.of(), dir, true);
    }

    private static String pgbackrest(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("pgbackrest", "--config=" + config, "--stanza=shop"));
        command.addAll(List.of(args));
        return postgres(command);
    }

    private static Path saved(String name, String output) throws IOException {
        Path file = Files.createTempFile(dir, name, ".json");
        Files.writeString(file, output);
        return file;
    }

    @Test
    void infoOfARealStanzaImportsItsFullBackup() throws Exception {
        ParsedBatch batch = new PgBackRestImporter().parse(saved("info", pgbackrest("info", "--output=json")), SHOP);
        assertThat(batch.backups()).filteredOn(b -> b.externalId().endsWith("F")).first().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BackupStatus.SUCCEEDED);
            assertThat(b.sizeBytes()).isPositive();
            assertThat(b.completedAt()).isAfterOrEqualTo(b.startedAt());
            assertThat(b.location()).startsWith("pgbackrest:shop/");
        });
    }

    @Test
    void aRunningBackupIsANoticeNeverAGoodBackup() throws Exception {
        int before = new PgBackRestImporter().parse(saved("before", pgbackrest("info", "--output=json")), SHOP).backups().size();
        postgres(List.of("touch", dir.resolve("hold").toString()));
        Process running = ToolProcess.start(List.of("pgbackrest", "--config=" + config, "--stanza=shop", "--type=incr", "backup"),
                dir.resolve("running.out"), true);
        try {
            String info = pgbackrest("info", "--output=json");
            while (!info.contains("\"held\":true") && running.isAlive()) {
                info = pgbackrest("info", "--output=json");
            }
            assertThat(info).as("pgBackRest held its backup lock while WAL archiving was held back").contains("\"held\":true");
            ParsedBatch batch = new PgBackRestImporter().parse(saved("running", info), SHOP);
            assertThat(batch.notices()).anySatisfy(n -> assertThat(n).contains("shop", "a backup is running"));
            assertThat(batch.backups()).hasSize(before).allSatisfy(b -> assertThat(b.status()).isEqualTo(BackupStatus.SUCCEEDED))
                    .extracting(Backup::externalId).allSatisfy(id -> assertThat(id).doesNotContain("I"));
        } finally {
            pgbackrest("stop", "--force");
            running.waitFor();
            pgbackrest("start");
            postgres(List.of("rm", "-f", dir.resolve("hold").toString()));
        }
    }

    @Test
    void aMissingStanzaExitsZeroInPgBackRestButFailsTheImport() throws Exception {
        String info = postgres(List.of("pgbackrest", "--config=" + config, "--stanza=ledger", "info", "--output=json"));
        assertThat(info).contains("\"code\":1");
        Path file = saved("missing", info);
        assertThatThrownBy(() -> new PgBackRestImporter().parse(file, SHOP)).isInstanceOf(SourceMissingException.class)
                .hasMessageContaining(file + ":1:").hasMessageContaining("stanza 'ledger': missing stanza path (status code 1)");
    }
}
