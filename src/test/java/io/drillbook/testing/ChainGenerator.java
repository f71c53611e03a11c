package io.drillbook.testing;

import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends generated events to a store with JDBC batch inserts, chained exactly as the log would, and
 * moves the head row with each batch: chains of any length for benchmarks and verify tests.
 */
public final class ChainGenerator {
    private static final int BATCH = 5_000;

    private final Database db;
    private final List<EvidenceEvent> pending = new ArrayList<>();
    private long seq;
    private String lastHash = EvidenceHashing.GENESIS;

    public ChainGenerator(Database db) {
        this.db = db;
    }

    public EvidenceEvent add(EvidenceDraft draft) throws Exception {
        EvidenceDraft normalised = new EvidenceDraft(EvidenceHashing.normalise(draft.time()), draft.actor(), draft.kind(),
                draft.subject(), draft.payload());
        EvidenceEvent event = normalised.chainAfter(++seq, lastHash);
        lastHash = event.hash();
        pending.add(event);
        if (pending.size() >= BATCH) {
            flush();
        }
        return event;
    }

    /** Writes what is pending and the head row; call it after the last {@link #add}. */
    public void flush() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_events "
                    + "(seq, event_time, actor, kind, subject, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)")) {
                for (EvidenceEvent e : pending) {
                    bind(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE evidence_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, lastHash);
                head.executeUpdate();
            }
            c.commit();
        }
        pending.clear();
    }

    /** The hash of the last event added: the head once flushed. */
    public String lastHash() {
        return lastHash;
    }

    private static void bind(PreparedStatement ps, EvidenceEvent e) throws java.sql.SQLException {
        ps.setLong(1, e.seq());
        ps.setObject(2, Jdbc.utc(e.time()));
        ps.setString(3, e.actor());
        ps.setString(4, e.kind());
        ps.setString(5, e.subject());
        ps.setString(6, e.payload());
        ps.setString(7, e.prevHash());
        ps.setString(8, e.hash());
    }
}
