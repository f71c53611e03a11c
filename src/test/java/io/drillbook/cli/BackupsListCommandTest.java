package io.drillbook.cli;

import io.drillbook.infra.importers.MappingFileReader;
import io.drillbook.infra.importers.Importers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backups list} after real imports, and what imports leave in the inventory. */
class BackupsListCommandTest {
    private static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    @TempDir
    Path dir;
    private Database db;
    private JdbcBackupRepository backups;
    private InventoryService inventory;
    private io.drillbook.core.workspace.WorkspaceService workspaceService;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
        backups = new JdbcBackupRepository(db, new JdbcDaySummaryStore(db));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
        inventory = new InventoryService(backups, new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "ci"));
        io.drillbook.infra.db.JdbcWorkspaceRepository workspace = new io.drillbook.infra.db.JdbcWorkspaceRepository(db);
        workspace.merge(new io.drillbook.core.workspace.Workspace(
                java.util.List.of(new io.drillbook.core.model.ProtectedSystem("shop", "alice", 1, "")),
                java.util.List.of(io.drillbook.core.model.Policy.of(new io.drillbook.core.model.SystemEnv("shop", "prod"),
                        java.time.LocalDate.parse("2026-01-01"), java.time.Duration.ofHours(24), java.time.Duration.ofHours(4),
                        java.time.Period.ofDays(90))),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
        workspaceService = new io.drillbook.core.workspace.WorkspaceService(workspace,
                new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "ci"), io.drillbook.core.team.Authorizer.UNRESTRICTED);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int run(Object command, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private int importFile(String format, String sample) throws URISyntaxException {
        return run(new ImportBackupsCommand(Importers.byFormat(format).orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample(sample), "--system", "shop", "--env", "prod");
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(BackupsListCommandTest.class.getResource("/samples/" + name).toURI()).toString();
    }

    private JsonNode listJson(String... extra) throws Exception {
        String[] args = new String[4 + extra.length + 1];
        System.arraycopy(new String[]{"--system", "shop", "--env", "prod"}, 0, args, 0, 4);
        System.arraycopy(extra, 0, args, 4, extra.length);
        args[args.length - 1] = "--json";
        assertThat(run(new BackupsListCommand(() -> backups), args)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void borgInfoAfterBorgListFillsInTheSizeWithoutADuplicate() throws Exception {
        assertThat(importFile("borg", "borg_list_two.json")).isZero();
        JsonNode listed = listJson().get("backups");
        assertThat(listed).hasSize(2);
        assertThat(listed.findValues("sizeBytes")).allSatisfy(size -> assertThat(size.isNull()).isTrue());

        assertThat(importFile("borg", "borg_info_archive.json")).isZero();
        assertThat(out.toString()).contains("0 added, 1 already known");
        JsonNode after = listJson().get("backups");
        assertThat(after).hasSize(2);
        JsonNode filled = after.findParents("id").stream().filter(b -> b.get("id").asText().equals("app01-shop-2026-12-04"))
                .findFirst().orElseThrow();
        assertThat(filled.get("sizeBytes").asLong()).isPositive();
        assertThat(filled.get("source").asText()).isEqualTo("borg");
    }

    @Test
    void expiredRecoveryPointIsListedButNotAGoodOne() throws Exception {
        assertThat(importFile("aws-backup", "aws_backup_list_recovery_points.json")).isZero();
        JsonNode listed = listJson().get("backups");
        assertThat(listed.findParents("status")).anySatisfy(b -> {
            assertThat(b.get("status").asText()).isEqualTo("EXPIRED");
            assertThat(b.get("goodRecoveryPoint").asBoolean()).isFalse();
        });
        assertThat(listed.findValues("status")).extracting(JsonNode::asText).containsOnlyOnce("EXPIRED", "PARTIAL");
    }

    @Test
    void aCompletedPointThatExpiresLaterStopsCounting() throws Exception {
        Path aws = dir.resolve("aws.json");
        String completed = Files.readString(Path.of(sample("aws_backup_list_recovery_points.json")));
        Files.writeString(aws, completed.replace("\"Status\": \"EXPIRED\"", "\"Status\": \"COMPLETED\""));
        assertThat(run(new ImportBackupsCommand(Importers.byFormat("aws-backup").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), aws.toString(), "--system", "shop", "--env", "prod")).isZero();
        assertThat(backups.newest(SHOP_PROD, 10)).filteredOn(b -> b.status().isRecoveryPoint()).hasSize(3);
        Files.writeString(aws, completed);
        assertThat(run(new ImportBackupsCommand(Importers.byFormat("aws-backup").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), aws.toString(), "--system", "shop", "--env", "prod")).isZero();
        assertThat(backups.newest(SHOP_PROD, 10)).hasSize(4).filteredOn(b -> b.status().isRecoveryPoint()).hasSize(2);
    }

    @Test
    void missingPgBackRestStanzaExitsOneWithOneLineAndStoresNothing() throws Exception {
        assertThat(importFile("pgbackrest", "pgbackrest_missing_stanza.json")).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("pgbackrest_missing_stanza.json:1:",
                "stanza 'shop': missing stanza path (status code 1)");
        assertThat(backups.count()).isZero();
    }

    @Test
    void tableShowsStatusTimesSizeVerifiedAndSourceWithinTheRange() throws Exception {
        assertThat(importFile("pgbackrest", "pgbackrest_info.json")).isZero();
        assertThat(run(new BackupsListCommand(() -> backups), "--system", "shop", "--env", "prod")).isZero();
        assertThat(out.toString()).contains("source", "status", "verified", "pgbackrest", "succeeded", "3 backups of shop/prod");
        assertThat(run(new BackupsListCommand(() -> backups), "--system", "shop", "--env", "prod", "--from", "2030-01-01")).isZero();
        assertThat(out.toString()).contains("0 backups of shop/prod");
        assertThat(run(new BackupsListCommand(() -> backups), "--system", "shop", "--env", "prod", "--from", "2026-12-02",
                "--to", "2026-12-01")).isEqualTo(2);
        assertThat(err.toString()).contains("before --from");
    }
}
