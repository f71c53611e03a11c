package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.infra.team.PostgresLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity on a shared PostgreSQL workspace, with two real login roles: the operator is the login
 * the server authenticated, a configured name (DRILLBOOK_OPERATOR) or {@code --operator} cannot
 * borrow someone else's roles, and an approval is given by the approver's own login.
 */
class TeamIdentityTest {
    @TempDir
    static Path dir;
    static PostgresLogins server;
    static String alice;
    static String bob;

    @BeforeAll
    static void twoLogins() throws Exception {
        server = new PostgresLogins(dir, "alice", "bob");
        alice = server.login("alice");
        bob = server.login("bob");
        assertThat(run("alice", null, "roles", "list").out()).contains(alice + ": admin");
        assertThat(run("bob", null, "roles", "list").out()).contains(bob + ": viewer");
        Files.writeString(dir.resolve("approve.yaml"), """
                playbook: approve then act
                system: shop
                environment: prod
                steps:
                  - name: Second person approves
                    approval:
                      instructions: approve acting on prod
                  - name: Act
                    run:
                      profile: local
                      command: echo acted
                      expectOutput: acted
                """);
    }

    @AfterAll
    static void dropIt() {
        if (server != null) {
            server.close();
        }
    }

    record Run(int status, String out, String err, List<String> notices) {
    }

    /** Runs a command connected as {@code person}'s login, configured to call itself {@code configuredName}. */
    static Run run(String person, String configuredName, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", server.url(person), "--data-dir", dir.resolve("data-" + person).toString()));
        String[] argv = all.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> notices = new ArrayList<>();
        try (CliContext context = new CliContext(GlobalOptions.scan(argv), config -> new AppContext(
                new AppConfig(config.dataDir(), config.jdbcUrl(), configuredName), Clock.systemUTC())).noticesTo(notices::add)) {
            int status = DrillbookCommand.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true)).execute(argv);
            return new Run(status, out.toString(), err.toString(), notices);
        }
    }

    @Test
    void aConfiguredNameDoesNotLendSomeoneElsesRoles() throws SQLException {
        Run r = run("bob", alice, "roles", "grant", bob, "admin");
        assertThat(r.notices()).containsExactly("DRILLBOOK_OPERATOR=" + alice
                + " is ignored: on a shared PostgreSQL workspace you act as your database login '" + bob + "'");
        assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).startsWith("drillbook: " + bob + " may not grant and revoke roles");
        assertThat(lastEvent()).isEqualTo("access.denied by " + bob);
    }

    @Test
    void operatorOptionMayNameOnlyTheLogin() throws SQLException {
        assertThat(run("alice", null, "roles", "grant", bob, "incident-commander").status()).isZero();
        try {
            long runs = count("SELECT COUNT(*) FROM playbook_runs");
            Run r = run("bob", null, "playbook", "run", dir.resolve("approve.yaml").toString(), "--operator", alice);
            assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
            assertThat(lastEvent()).isEqualTo("access.denied by " + bob);
            assertThat(count("SELECT COUNT(*) FROM evidence_events WHERE kind = 'access.denied' AND actor = ? AND payload LIKE ?",
                    bob, "%--operator " + alice + " is refused: on a shared PostgreSQL workspace you act only as your own database login '"
                            + bob + "'%")).as("the refusal and its reason are evidence").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM playbook_runs")).as("no run started").isEqualTo(runs);
        } finally {
            assertThat(run("alice", null, "roles", "revoke", bob, "incident-commander").status()).isZero();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anApprovalIsGivenByTheApproversOwnLogin() throws Exception {
        Run typed = run("alice", null, "playbook", "run", dir.resolve("approve.yaml").toString(),
                "--confirm", "Second person approves", "--approver", bob);
        assertThat(typed.status()).as("--approver naming someone else").isEqualTo(ExitCodes.ERROR);
        assertThat(lastEvent()).isEqualTo("access.denied by " + alice);

        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() ->
                run("alice", null, "playbook", "run", dir.resolve("approve.yaml").toString()));
        String runId = awaitWaitingApproval(running);

        Run own = run("alice", null, "playbook", "approve", runId, "Second person approves");
        assertThat(own.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(own.err()).contains(alice + " runs this playbook and cannot also approve it");
        Run viewer = run("bob", null, "playbook", "approve", runId, "Second person approves");
        assertThat(viewer.err()).as("bob is only a viewer").contains(bob + " may not approve or confirm steps");

        assertThat(run("alice", null, "roles", "grant", bob, "release-manager").status()).isZero();
        Run approved = run("bob", alice, "playbook", "approve", runId, "Second person approves");
        assertThat(approved.status()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("approved 'Second person approves' of " + runId + " as " + bob);

        Run finished = running.get(30, TimeUnit.SECONDS);
        assertThat(finished.status()).as(finished.err()).isZero();
        assertThat(count("SELECT COUNT(*) FROM evidence_events WHERE kind = 'playbook.approval.given' AND actor = ? "
                + "AND subject = ?", bob, runId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM evidence_events WHERE kind = 'playbook.approval' AND actor = ? "
                + "AND subject = ?", bob, runId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM playbook_runs WHERE run_id = ? AND status = 'COMPLETED'", runId)).isEqualTo(1);
    }

    /** Polls the store (the run is in another thread, as it would be in another process) until the approval waits. */
    private static String awaitWaitingApproval(CompletableFuture<Run> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(running).as("the run ended before its approval step waited").isNotDone();
            Optional<String> waiting = query("SELECT s.run_id FROM playbook_steps s JOIN playbook_runs r ON r.run_id = s.run_id "
                    + "WHERE r.status = 'RUNNING' AND s.step_index = 0 AND s.state = 'RUNNING'");
            if (waiting.isPresent()) {
                return waiting.get();
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("the run never waited for its approval");
    }

    private static String lastEvent() throws SQLException {
        return query("SELECT kind || ' by ' || actor FROM evidence_events ORDER BY seq DESC LIMIT 1").orElseThrow();
    }

    private static long count(String sql, String... args) throws SQLException {
        return Long.parseLong(query(sql, args).orElseThrow());
    }

    private static Optional<String> query(String sql, String... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.adminUrl()); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
