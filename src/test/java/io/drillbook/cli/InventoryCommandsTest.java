package io.drillbook.cli;

import io.drillbook.infra.importers.MappingFileReader;
import io.drillbook.infra.importers.Importers;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import io.drillbook.core.team.Authorizer;
import io.drillbook.core.workspace.WorkspaceService;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryCommandsTest {
    @TempDir
    Path dir;
    private Database db;
    private JdbcBackupRepository backups;
    private InventoryService inventory;
    private WorkspaceService workspaceService;
    private ComplianceService compliance;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
        JdbcDaySummaryStore summaries = new JdbcDaySummaryStore(db);
        backups = new JdbcBackupRepository(db, summaries);
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        inventory = new InventoryService(backups, new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "ci"));
        JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
        workspace.merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, "")),
                List.of(Policy.of(new SystemEnv("shop", "prod"), LocalDate.parse("2026-01-01"), Duration.ofHours(24),
                        Duration.ofHours(4), Period.ofDays(90))), List.of(), List.of(), List.of(), List.of()));
        workspaceService = new WorkspaceService(workspace, new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "ci"),
                Authorizer.UNRESTRICTED);
        compliance = new ComplianceService(summaries, workspace, new JdbcDrillRunRepository(db), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(InventoryCommandsTest.class.getResource("/samples/" + name).toURI()).toString();
    }

    @Test
    void importPrintsTheSummaryAndASecondRunAddsNothing() throws Exception {
        assertThat(run(new ImportBackupsCommand(Importers.byFormat("pgbackrest").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample("pgbackrest_info.json"), "--system", "shop", "--env", "prod"))
                .isZero();
        assertThat(run(new ImportBackupsCommand(Importers.byFormat("pgbackrest").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample("pgbackrest_info.json"), "--system", "shop", "--env", "prod"))
                .isZero();
        assertThat(out.toString()).contains("3 added, 0 already known", "0 added, 3 already known");
    }

    @Test
    void malformedInputExitsWithTwoNamingFileAndPosition() throws Exception {
        int exit = run(new ImportBackupsCommand(Importers.byFormat("restic").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample("restic_malformed.json"), "--system", "shop", "--env", "prod");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("restic_malformed.json:2:19");
        assertThat(backups.count()).isZero();
    }

    @Test
    void importWithAMappingFileNeedsNoSystem() throws Exception {
        assertThat(run(new ImportBackupsCommand(Importers.byFormat("aws-backup").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample("aws_backup_list_recovery_points.json"),
                "--mapping", sample("mapping.yaml"))).isZero();
        assertThat(backups.newest(new SystemEnv("shop", "prod"), 10)).hasSize(4);
    }

    @Test
    void compliancePrintsDailyStatusesAsJson() throws Exception {
        run(new ImportBackupsCommand(Importers.byFormat("velero").orElseThrow(), new MappingFileReader()::read, () -> inventory, () -> workspaceService), sample("velero_backup_get_o_json.json"), "--system", "shop", "--env", "prod");
        int exit = run(new ComplianceCommand(() -> compliance), "--system", "shop", "--env", "prod", "--from", "2026-11-19",
                "--to", "2026-11-22", "--json");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"day\" : \"2026-11-20\"", "\"rpo\" : \"UNKNOWN\"", "\"rpo\" : \"BREACH\"",
                "\"worstRpoMinutes\" : 2038", "\"rpo\" : \"AT_RISK\"");
    }

    @Test
    void compliancePrintsATable() {
        assertThat(run(new ComplianceCommand(() -> compliance), "--system", "shop", "--env", "prod", "--from", "2026-11-01",
                "--to", "2026-11-02")).isZero();
        assertThat(out.toString()).contains("tested-rpo", "2026-11-02  UNKNOWN");
    }
}
