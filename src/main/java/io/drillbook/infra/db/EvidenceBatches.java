package io.drillbook.infra.db;

import io.drillbook.core.evidence.EvidenceEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Streams the chain's events {@code fromSeq..toSeq} in sequence order, in ranges of
 * {@value #RANGE} sequence numbers read by several threads at once (each on its own connection, a
 * few ranges ahead of the caller), so reading overlaps with the caller's work on earlier batches.
 * The caller's predicate returns false to stop. Ranges stay below H2's in-memory result limit.
 */
final class EvidenceBatches {
    static final int RANGE = 10_000;
    /**
     * The hashes are CHAR(64) columns; read as CHAR, H2 wraps the whole result to re-pad every row's
     * strings (a copy of each row), which cost more than hashing. Cast to VARCHAR they come back
     * unpadded: a well-formed hash is exactly 64 hex digits either way, and a stored value that is not
     * fails the hash and link checks read either way.
     */
    private static final String SELECT = "SELECT seq, event_time, actor, kind, subject, payload, "
            + "CAST(prev_hash AS VARCHAR(64)), CAST(hash AS VARCHAR(64)) "
            + "FROM evidence_events WHERE seq >= ? AND seq < ? ORDER BY seq";

    private final Database db;
    private final int readers;

    EvidenceBatches(Database db) {
        this(db, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    EvidenceBatches(Database db, int readers) {
        this.db = db;
        this.readers = readers;
    }

    void forEachBatch(long fromSeq, long toSeq, Predicate<List<EvidenceEvent>> consumer) {
        if (toSeq < fromSeq) {
            return;
        }
        ExecutorService pool = io.drillbook.core.work.Schedulers.daemonPool("drillbook-evidence-reader", readers);
        try {
            Deque<Future<List<EvidenceEvent>>> ahead = new ArrayDeque<>();
            long next = fromSeq;
            int window = readers * 2;
            while (ahead.size() < window && next <= toSeq) {
                ahead.add(submit(pool, next, toSeq));
                next += RANGE;
            }
            while (!ahead.isEmpty()) {
                List<EvidenceEvent> batch = ahead.poll().get();
                if (next <= toSeq) {
                    ahead.add(submit(pool, next, toSeq));
                    next += RANGE;
                }
                if (!batch.isEmpty() && !consumer.test(batch)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the evidence chain", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new StoreException(sql);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<List<EvidenceEvent>> submit(ExecutorService pool, long from, long toSeq) {
        long until = Math.min(toSeq + 1, from + RANGE);
        return pool.submit(() -> read(from, until));
    }

    private List<EvidenceEvent> read(long from, long until) throws SQLException {
        List<EvidenceEvent> batch = new ArrayList<>((int) (until - from));
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, from);
            ps.setLong(2, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new EvidenceEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return batch;
    }
}
