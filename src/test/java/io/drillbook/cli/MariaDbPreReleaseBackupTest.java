package io.drillbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.connect.Checksums;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The MariaDB example end to end against Debian's mariadb-server: the workspace's pre-release backup
 * ({@code mysqldump --single-transaction}) by {@code backup run}, the gate seeing it, and the shipped
 * drill plan restoring it into a fresh database with schema and row checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbPreReleaseBackupTest {
    private static final Path EXAMPLES = Path.of("packaging/examples/mariadb");
    private static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    @TempDir
    static Path dir;
    private MariaDbServer db;
    private AppContext ctx;
    private String source;
    private Path backups;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    void start() throws Exception {
        db = MariaDbServer.fromEnvironment().orElse(null);
        assumeTrue(db != null, MariaDbServer.NOT_CONFIGURED);
        source = "shopsrc_" + UUID.randomUUID().toString().substring(0, 8);
        db.sql(null, "CREATE DATABASE " + source + ";\nUSE " + source + ";\n"
                + "CREATE TABLE schema_version (version INT PRIMARY KEY) ENGINE=InnoDB;\n"
                + "INSERT INTO schema_version VALUES (1),(2),(3),(4),(5);\n"
                + "CREATE TABLE orders (id INT PRIMARY KEY, total DECIMAL(10,2)) ENGINE=InnoDB;\n"
                + "INSERT INTO orders SELECT seq, seq * 1.5 FROM seq_1_to_1200;\n");
        backups = Files.createDirectories(dir.resolve("backups"));
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
    }

    @AfterAll
    void stop() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        if (db != null) {
            db.sql(null, "DROP DATABASE IF EXISTS " + source);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** The shipped example, pointed at the test's server, database and backup folder. */
    private Path example(String name, Map<String, String> extra) throws Exception {
        String text = Files.readString(EXAMPLES.resolve(name))
                .replace("-h 127.0.0.1 -P 3306 -u root", "-h " + db.host() + " -P " + db.port() + " -u " + db.user())
                .replace(" -u root shop > ", " -u " + db.user() + " " + source + " > ")
                .replace("/var/backups/drillbook", backups.toString());
        for (Map.Entry<String, String> e : extra.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void backupRunDumpsRecordsWithPipelineContextTheGateSeesItAndTheDrillRestoresIt() throws Exception {
        Run imported = run("import", "workspace", example("workspace.yaml", Map.of()).toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        Run backup = run("backup", "run", "--system", "shop", "--env", "prod", "--release", "REL-7", "--commit", "abc123",
                "--pipeline", "https://ci.example/p/1", "--json");
        assertThat(backup.status()).as(backup.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(backup.out());
        Path dump = Path.of(json.get("location").asText());
        assertThat(dump.getParent()).isEqualTo(backups);
        assertThat(Files.readString(dump)).contains("CREATE TABLE `orders`", "INSERT INTO `orders`");
        assertThat(json.get("checksum").asText()).isEqualTo("sha256:" + Checksums.sha256(dump));
        assertThat(json.get("sizeBytes").asLong()).isEqualTo(Files.size(dump));
        assertThat(json.get("release").asText()).isEqualTo("REL-7");
        assertThat(ctx.inventory().backupRepository().byExternalId(SHOP_PROD, json.get("backupId").asText())).isPresent();
        var event = ctx.platform().evidenceRepository().find(EvidenceQuery.all(5).withKindPrefix("backup.run.succeeded")).get(0);
        assertThat(event.payload()).contains("\"commit\":\"abc123\"", "\"pipeline\":\"https://ci.example/p/1\"");

        Run gate = run("gate", "--system", "shop", "--env", "prod", "--json");
        JsonNode preRelease = new ObjectMapper().readTree(gate.out()).get("gates").get(0);
        assertThat(preRelease.get("gate").asText()).isEqualTo("PRE_RELEASE_BACKUP");
        assertThat(preRelease.get("status").asText()).isEqualTo("PASS");
        assertThat(preRelease.get("data").get("backup").asText()).isEqualTo(json.get("backupId").asText());

        Run drill = run("drill", "run", example("shop-mariadb-drill.yaml", Map.of()).toString());
        assertThat(drill.status()).as(drill.out() + drill.err()).isZero();
        assertThat(drill.out()).contains("PASSED");
        assertThat(ctx.inventory().backupRepository().byExternalId(SHOP_PROD, json.get("backupId").asText()).orElseThrow().verified()).isTrue();
        assertThat(db.sql(null, "SHOW DATABASES LIKE 'shop_drill_%'")).isBlank();
    }

    @Test
    void aFailingDumpIsRetriedThenExitsOneWithTheReasonAndTheNewestBackupGateFails() throws Exception {
        Path ws = example("workspace.yaml", Map.of("system: shop", "system: crm", "      attempts: 3\n      retryDelay: PT10S",
                "      attempts: 2\n      retryDelay: PT0S", "name: shop", "name: crm"));
        Files.writeString(ws, Files.readString(ws).replace(source + " > ", "no_such_db_x > "));
        assertThat(run("import", "workspace", ws.toString()).status()).isZero();

        Run backup = run("backup", "run", "--system", "crm", "--env", "prod");

        assertThat(backup.status()).isEqualTo(1);
        assertThat(backup.err()).contains("backup run: no good backup of crm/prod: attempt 2 of 2: command exit 2", "no_such_db_x");
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(5).withKindPrefix("backup.run.failed")).get(0).payload())
                .contains("\"attempts\":[{");
        JsonNode gates = new ObjectMapper().readTree(run("gate", "--system", "crm", "--env", "prod", "--json").out()).get("gates");
        assertThat(gates.get(1).get("gate").asText()).isEqualTo("NEWEST_BACKUP");
        assertThat(gates.get(1).get("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void aSystemWithoutAPreReleaseBackupIsAnErrorWithExitTwo() {
        Run r = run("backup", "run", "--system", "nosuch", "--env", "prod");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("the workspace names no pre-release backup for nosuch/prod");
    }
}
