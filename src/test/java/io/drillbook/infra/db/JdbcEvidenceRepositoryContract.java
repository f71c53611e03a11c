package io.drillbook.infra.db;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evidence chain on a real database, tampered with through plain SQL. Runs on H2 and
 * PostgreSQL through {@link JdbcEvidenceRepositoryH2Test} and {@link JdbcEvidenceRepositoryPostgresTest}.
 */
abstract class JdbcEvidenceRepositoryContract {
    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Database db;
    EvidenceLog log;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() {
        fresh = FreshDatabases.create(kind(), dir);
        db = Database.open(fresh.url());
        log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "alice");
        for (int i = 1; i <= 6; i++) {
            log.record("release.changed", "REL-" + i, Map.of("n", i));
        }
    }

    @AfterEach
    void close() {
        db.close();
        fresh.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private void journalRow(String runId) {
        Jdbc.inTransaction(db, c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO drill_steps (run_id, step_index, kind, "
                    + "name, state, changed_at, outcome) VALUES (?, 0, 'COMMAND', 'restore', 'RUNNING', CURRENT_TIMESTAMP, '{}')")) {
                ps.setString(1, runId);
                return ps.executeUpdate();
            }
        });
    }

    private int journalRows(String runId) {
        return Jdbc.query(db, c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM drill_steps WHERE run_id = ?")) {
                ps.setString(1, runId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Test
    void writesInOneTransactionCommitTogether() {
        Jdbc.inOneTransaction(db, () -> {
            journalRow("run-1");
            log.record("drill.step", "run-1", Map.of("state", "RUNNING"));
            assertThat(journalRows("run-1")).as("reads inside see the transaction's own writes").isEqualTo(1);
        });

        assertThat(journalRows("run-1")).isEqualTo(1);
        assertThat(log.repository().head().orElseThrow().seq()).isEqualTo(7);
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void aFailureInOneTransactionKeepsNoneOfItsWrites() {
        assertThatThrownBy(() -> Jdbc.inOneTransaction(db, () -> {
            journalRow("run-2");
            log.record("drill.step", "run-2", Map.of("state", "RUNNING"));
            throw new IllegalStateException("crash between the two writes");
        })).hasMessageContaining("crash between");

        assertThat(journalRows("run-2")).isZero();
        assertThat(log.repository().head().orElseThrow().seq()).isEqualTo(6);
        log.record("drill.step", "run-3", Map.of("state", "RUNNING"));
        assertThat(log.repository().head().orElseThrow().seq()).isEqualTo(7);
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void cleanChainPasses() {
        ChainVerification v = log.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.checked()).isEqualTo(6);
    }

    @Test
    void survivesReopeningTheStore() {
        String head = log.verify().headHash();
        db.close();
        db = Database.open(fresh.url());
        log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "bob");
        log.record("drill.finished", "shop/prod", Map.of());
        ChainVerification v = log.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(new JdbcEvidenceRepository(db).bySeq(7).orElseThrow().prevHash()).isEqualTo(head);
    }

    @Test
    void editedRowIsDetected() throws Exception {
        sql("UPDATE evidence_events SET payload = '{\"n\":42}' WHERE seq = 3");
        ChainVerification v = log.verify();
        assertThat(v.brokenAt()).isEqualTo(3);
    }

    @Test
    void editedActorIsDetected() throws Exception {
        sql("UPDATE evidence_events SET actor = 'mallory' WHERE seq = 5");
        assertThat(log.verify().brokenAt()).isEqualTo(5);
    }

    @Test
    void deletedRowIsDetected() throws Exception {
        sql("DELETE FROM evidence_events WHERE seq = 2");
        ChainVerification v = log.verify();
        assertThat(v.brokenAt()).isEqualTo(3);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void deletedTailIsDetected() throws Exception {
        sql("DELETE FROM evidence_events WHERE seq = 6");
        ChainVerification v = log.verify();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.problem()).contains("events after 5 are missing");
    }

    @Test
    void reorderedRowsAreDetected() throws Exception {
        sql("UPDATE evidence_events SET seq = 100 WHERE seq = 2");
        sql("UPDATE evidence_events SET seq = 2 WHERE seq = 3");
        sql("UPDATE evidence_events SET seq = 3 WHERE seq = 100");
        assertThat(log.verify().brokenAt()).isEqualTo(2);
    }

    @Test
    void insertedRowIsDetected() throws Exception {
        sql("UPDATE evidence_events SET seq = seq + 100 WHERE seq >= 4");
        sql("UPDATE evidence_events SET seq = seq - 99 WHERE seq >= 104");
        sql("INSERT INTO evidence_events (seq, event_time, actor, kind, subject, payload, prev_hash, hash) "
                + "SELECT 4, event_time, 'mallory', kind, subject, payload, hash, hash FROM evidence_events WHERE seq = 3");
        ChainVerification v = log.verify();
        assertThat(v.brokenAt()).isEqualTo(4);
        assertThat(v.problem()).contains("was changed");
    }

    @Test
    void forgedEventAppendedWithoutTheHeadRowIsDetected() throws Exception {
        EvidenceEvent last = log.repository().bySeq(6).orElseThrow();
        EvidenceEvent forged = new EvidenceDraft(last.time(), "mallory", "gate.waived", "REL-1", "{}").chainAfter(7, last.hash());
        try (Connection c = db.connection()) {
            JdbcEvidenceRepository.insert(c, forged);
        }
        ChainVerification v = log.verify();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.problem()).contains("events 7 to 7 were added behind the log's back");
    }

    @Test
    void concurrentAppendsStayOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    log.record("test.append", "writer-" + writer, Map.of("i", i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        ChainVerification v = log.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.checked()).isEqualTo(106);
    }

    @Test
    void findsByTextAndKindNewestFirst() {
        log.record("drill.finished", "shop/prod", Map.of("result", "PASSED"));
        var found = log.repository().find(EvidenceQuery.all(10).withKindPrefix("drill."));
        assertThat(found).hasSize(1);
        assertThat(log.repository().find(EvidenceQuery.all(3))).extracting(e -> e.seq()).containsExactly(7L, 6L, 5L);
        assertThat(log.repository().find(EvidenceQuery.all(10).withText("passed"))).hasSize(1);
    }
}
