package io.drillbook.cli;

import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.core.team.AccessPolicy;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.core.team.RoleAdministration;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.team.JdbcRoleRepository;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import org.junit.jupiter.api.AfterEach;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import org.junit.jupiter.api.BeforeEach;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import org.junit.jupiter.api.Test;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import org.junit.jupiter.api.io.TempDir;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import picocli.CommandLine;

import io.drillbook.infra.team.JdbcWorkspaceMove;
import java.io.PrintWriter;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import java.io.StringWriter;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import java.nio.file.Path;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import java.time.Clock;

import io.drillbook.infra.team.JdbcWorkspaceMove;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code roles} and {@code move-workspace} as the root command will run them, on real H2 files. */
class TeamCommandsTest {
    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase workspace;
    String operator = "alice";

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void open() {
        workspace = FreshDatabases.open(FreshDatabases.Kind.H2, dir);
        new JdbcWorkspaceRepository(workspace.database()).merge(DemoAssets.workspace(Clock.systemUTC()));
        accessPolicy().enrol("alice");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private AccessPolicy accessPolicy() {
        return new AccessPolicy(new JdbcRoleRepository(workspace.database()), evidence(), Clock.systemUTC(), true);
    }

    private EvidenceLog evidence() {
        return new EvidenceLog(new JdbcEvidenceRepository(workspace.database()), Clock.systemUTC(), () -> operator);
    }

    private Run run(String... args) {
        CommandLine root = new CommandLine(new DrillbookCommand());
        root.addSubcommand("roles", new RolesCommand(() -> new RoleAdministration(new JdbcRoleRepository(workspace.database()),
                accessPolicy(), evidence(), Clock.systemUTC()), () -> operator));
        root.addSubcommand("move-workspace", new MoveWorkspaceCommand(() -> new JdbcWorkspaceMove(workspace::database, Database::open, () -> operator, Clock.systemUTC())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        root.setExecutionExceptionHandler((ex, cl, parsed) -> {
            cl.getErr().println("drillbook: " + ErrorMessages.oneLine(ex));
            return ExitCodes.ERROR;
        });
        return new Run(root.execute(args), out.toString(), err.toString());
    }

    @Test
    void adminGrantsAndListsRoles() {
        Run grant = run("roles", "grant", "bob", "drill-operator");
        assertThat(grant.status()).as(grant.err()).isZero();
        assertThat(grant.out()).contains("granted drill-operator to bob");
        assertThat(run("roles", "list").out()).isEqualTo("alice: admin\nbob: drill-operator\n".replace("\n", System.lineSeparator()));
        assertThat(run("roles", "revoke", "bob", "drill-operator").out()).contains("revoked drill-operator from bob");
    }

    @Test
    void nonAdminIsRefusedWithExitTwoAndOneLine() {
        accessPolicy().enrol("bob");
        operator = "bob";
        Run r = run("roles", "grant", "bob", "admin");
        assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).isEqualTo("drillbook: bob may not grant and revoke roles (roles: viewer); it needs one of: admin" + System.lineSeparator());
    }

    @Test
    void unknownRoleNamesTheValidOnes() {
        Run r = run("roles", "grant", "bob", "superuser");
        assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("unknown role 'superuser'", "release-manager");
    }

    @Test
    void moveWorkspaceCopiesIntoAnEmptyStoreAndRecordsTheMove() {
        FreshDatabases.FreshDatabase target = FreshDatabases.create(FreshDatabases.Kind.H2, dir);
        Run r = run("move-workspace", "--to", target.url());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("systems: 12 rows", "evidence chain OK: 1 events");
        try (Database moved = Database.open(target.url())) {
            assertThat(new JdbcEvidenceRepository(moved).verify().checked()).isEqualTo(2);
            assertThat(new JdbcEvidenceRepository(moved).head().orElseThrow().kind()).isEqualTo("workspace.moved");
        }
        Run again = run("move-workspace", "--to", target.url());
        assertThat(again.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(again.err()).contains("the target is not empty");
    }
}
