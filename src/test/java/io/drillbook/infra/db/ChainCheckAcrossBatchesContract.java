package io.drillbook.infra.db;

import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.testing.ChainGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify} of a chain longer than one of {@link EvidenceBatches}' ranges, read and hashed by
 * several threads: the verdict names the same event, for the same reason, wherever in which range
 * the damage is, and an intact chain ends at the head that was written. Runs on H2 files and
 * PostgreSQL through {@link ChainCheckAcrossBatchesH2Test} and {@link ChainCheckAcrossBatchesPostgresTest}.
 */
abstract class ChainCheckAcrossBatchesContract {
    static final int EVENTS = 2 * EvidenceBatches.RANGE + 500;

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Database db;
    String head;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() throws Exception {
        fresh = FreshDatabases.create(kind(), dir);
        db = Database.open(fresh.url());
        head = insertChain(EVENTS);
    }

    @AfterEach
    void close() {
        db.close();
        fresh.close();
    }

    @Test
    void intactChainOfSeveralRangesEndsAtTheHeadWritten() {
        assertThat(verify()).isEqualTo("OK: " + EVENTS + " events, head " + head);
    }

    @Test
    void editedEventInTheLastRangeIsNamed() throws Exception {
        long seq = 2L * EvidenceBatches.RANGE + 321;
        sql("UPDATE evidence_events SET payload = '{\"n\":-1}' WHERE seq = " + seq);
        assertThat(verify()).isEqualTo("BROKEN at event " + seq + ": event " + seq + " (drill.step, sys-" + seq
                + ") was changed after it was recorded");
    }

    @Test
    void deletedFirstEventOfARangeIsNamed() throws Exception {
        long first = EvidenceBatches.RANGE + 1;
        sql("DELETE FROM evidence_events WHERE seq = " + first);
        assertThat(verify()).isEqualTo("BROKEN at event " + (first + 1) + ": event " + first + " is missing");
    }

    @Test
    void deletedWholeRangeIsNamed() throws Exception {
        long first = EvidenceBatches.RANGE + 1;
        long last = 2L * EvidenceBatches.RANGE;
        sql("DELETE FROM evidence_events WHERE seq BETWEEN " + first + " AND " + last);
        assertThat(verify()).isEqualTo("BROKEN at event " + (last + 1) + ": events " + first + " to " + last + " are missing");
    }

    private String verify() {
        return new JdbcChainCheck(db).verify().describe();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Appends {@code count} chained events and moves the head row to the last; returns its hash. */
    private String insertChain(int count) throws Exception {
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        ChainGenerator chain = new ChainGenerator(db);
        for (int seq = 1; seq <= count; seq++) {
            chain.add(new EvidenceDraft(start.plusSeconds(seq), "alice", "drill.step", "sys-" + seq, "{\"n\":" + seq + "}"));
        }
        chain.flush();
        return chain.lastHash();
    }
}
