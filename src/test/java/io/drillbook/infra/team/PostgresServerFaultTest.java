package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.team.WorkspaceChange;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real server-side faults under a console: every session of the workspace terminated by an admin,
 * or the whole server restarted. Pooled connections are checked before use and the change feed
 * connects again, so the next reads, appends and notices work.
 */
@RequiresPostgres
class PostgresServerFaultTest {
    static final int POOLED = 4;

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Database db;
    JdbcEvidenceRepository evidence;
    EvidenceLog alice;
    WorkspaceChangeFeed feed;
    final BlockingQueue<WorkspaceChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        fresh = FreshDatabases.open(FreshDatabases.Kind.POSTGRES, dir);
        db = fresh.database();
        evidence = new JdbcEvidenceRepository(db);
        alice = new EvidenceLog(evidence, Clock.systemUTC(), () -> "alice");
        feed = TeamAdapters.changeFeed(db, evidence);
        feed.start(heard::add);
        alice.record("release.changed", "REL-1", Map.of("before", "the fault"));
        assertThat(next().subject()).isEqualTo("REL-1");
        useConnectionsAtOnce(POOLED);
    }

    @AfterEach
    void close() {
        feed.close();
        fresh.close();
    }

    @Test
    void workGoesOnAfterEverySessionOfTheWorkspaceIsTerminated() throws Exception {
        assertThat(terminateEveryOtherSession()).as("pooled sessions and the LISTEN session terminated")
                .isGreaterThanOrEqualTo(POOLED + 1);

        assertWorkGoesOn();
    }

    @Test
    void workGoesOnAfterTheServerRestarts() throws Exception {
        PostgresServer server = PostgresServer.ofTestServer();

        server.restart();

        assertWorkGoesOn();
    }

    private void assertWorkGoesOn() throws Exception {
        assertThat(evidence.head()).map(EvidenceEvent::seq).contains(1L);
        assertThat(new JdbcWorkspaceRepository(db).systems()).extracting(ProtectedSystem::name).isEmpty();
        assertThat(useConnectionsAtOnce(POOLED)).as("every pooled connection answers").containsOnly(1);

        EvidenceEvent appended = alice.record("release.changed", "REL-2", Map.of("after", "the fault"));
        assertThat(appended.seq()).isEqualTo(2);
        WorkspaceChange change = next();
        assertThat(change.seq()).as("the append made while the feed reconnected is heard").isEqualTo(2);
        alice.record("freeze.added", "Recovery shop", Map.of());
        assertThat(next().kind()).as("and the feed keeps listening").isEqualTo("freeze.added");
        assertThat(heard).as("nothing heard twice").isEmpty();
        assertThat(evidence.verify().isIntact()).isTrue();
        assertThat(evidence.verify().checked()).isEqualTo(3);
    }

    private WorkspaceChange next() throws InterruptedException {
        WorkspaceChange change = heard.poll(30, TimeUnit.SECONDS);
        assertThat(change).as("a change heard within 30 s").isNotNull();
        return change;
    }

    /** Holds {@code n} pool connections at the same time, each answering SELECT 1; returns the answers. */
    private List<Integer> useConnectionsAtOnce(int n) throws SQLException {
        List<Connection> held = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Connection c = db.connection();
                held.add(c);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    rs.next();
                    answers.add(rs.getInt(1));
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        return answers;
    }

    /** As an admin would: from a connection of its own, ends every other session of this database and waits until they are gone. */
    private int terminateEveryOtherSession() throws SQLException {
        try (Connection admin = DriverManager.getConnection(fresh.url()); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            int terminated = 0;
            while (rs.next()) {
                assertThat(rs.getBoolean(1)).as("session ended within 10 s").isTrue();
                terminated++;
            }
            return terminated;
        }
    }
}
