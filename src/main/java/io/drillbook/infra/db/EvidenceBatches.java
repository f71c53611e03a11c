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
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Streams the chain's events {@code fromSeq..toSeq} in sequence order, in ranges of
 * {@value #RANGE} sequence numbers read by several threads at once (each on its own connection, a
 * few ranges ahead of the caller). Each reader thread can also do the caller's per-batch work that
 * needs nothing from earlier batches (hashing), right after reading, while the rows are still in
 * the processor's cache; the caller gets the results in sequence order and returns false to stop.
 * Small ranges keep few rows alive at once, so the garbage collector copies little (see
 * docs/adr/0025-verify-speed.md).
 */
final class EvidenceBatches {
    static final int RANGE = 2_000;
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
        this(db, Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    EvidenceBatches(Database db, int readers) {
        this.db = db;
        this.readers = readers;
    }

    /**
     * Applies {@code onReader} to each batch on the thread that read it; {@code consumer} gets the
     * results in sequence order (never for an empty range).
     */
    <T> void forEachBatch(long fromSeq, long toSeq, Function<List<EvidenceEvent>, T> onReader, Predicate<T> consumer) {
        if (toSeq < fromSeq) {
            return;
        }
        ExecutorService pool = io.drillbook.core.work.Schedulers.daemonPool("drillbook-evidence-reader", readers);
        ReaderConnections connections = new ReaderConnections(db);
        try {
            Deque<Future<Optional<T>>> ahead = new ArrayDeque<>();
            long next = fromSeq;
            int window = readers * 2;
            while (ahead.size() < window && next <= toSeq) {
                ahead.add(submit(pool, connections, next, toSeq, onReader));
                next += RANGE;
            }
            while (!ahead.isEmpty()) {
                Optional<T> batch = ahead.poll().get();
                if (next <= toSeq) {
                    ahead.add(submit(pool, connections, next, toSeq, onReader));
                    next += RANGE;
                }
                if (batch.isPresent() && !consumer.test(batch.get())) {
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
            connections.closeAll();
        }
    }

    private <T> Future<Optional<T>> submit(ExecutorService pool, ReaderConnections connections, long from, long toSeq,
                                           Function<List<EvidenceEvent>, T> onReader) {
        long until = Math.min(toSeq + 1, from + RANGE);
        return pool.submit(() -> {
            Connection c = connections.take();
            List<EvidenceEvent> batch;
            try {
                batch = read(c, from, until);
            } finally {
                connections.give(c);
            }
            return batch.isEmpty() ? Optional.empty() : Optional.of(onReader.apply(batch));
        });
    }

    private static List<EvidenceEvent> read(Connection c, long from, long until) throws SQLException {
        List<EvidenceEvent> batch = new ArrayList<>((int) (until - from));
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
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

    /** The reader threads' connections ({@link Database#unpooledReadConnection()}), each reused for range after range. */
    private static final class ReaderConnections {
        private final Database db;
        private final Deque<Connection> idle = new ArrayDeque<>();
        private boolean closed;

        ReaderConnections(Database db) {
            this.db = db;
        }

        Connection take() throws SQLException {
            synchronized (this) {
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
            }
            return db.unpooledReadConnection();
        }

        /** Keeps {@code c} for the next range, or closes it when the walk is over. */
        synchronized void give(Connection c) throws SQLException {
            if (closed) {
                c.close();
            } else {
                idle.push(c);
            }
        }

        synchronized void closeAll() {
            closed = true;
            for (Connection c : idle) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // a read-only connection that fails to close leaves nothing behind to lose
                }
            }
            idle.clear();
        }
    }
}
