package io.drillbook.infra.db;

import io.drillbook.core.evidence.EvidenceEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Streams the chain in big batches in sequence order: one thread reads the next batch from the
 * database while the caller works on the current one. The caller's predicate returns false to stop.
 */
final class EvidenceBatches {
    static final int BATCH = 50_000;
    private static final String SELECT = "SELECT seq, event_time, actor, kind, subject, payload, prev_hash, hash "
            + "FROM evidence_events WHERE seq >= ? ORDER BY seq LIMIT " + BATCH;
    private static final List<EvidenceEvent> END = List.of();

    private final Database db;

    EvidenceBatches(Database db) {
        this.db = db;
    }

    void forEachBatch(long fromSeq, Predicate<List<EvidenceEvent>> consumer) {
        BlockingQueue<List<EvidenceEvent>> queue = new ArrayBlockingQueue<>(2);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "drillbook-evidence-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> reading = reader.submit(() -> {
                read(fromSeq, queue, stop);
                return null;
            });
            consume(queue, consumer, stop, reading);
            reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the evidence chain", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            stop.set(true);
            queue.clear();
            reader.shutdownNow();
        }
    }

    private static void consume(BlockingQueue<List<EvidenceEvent>> queue, Predicate<List<EvidenceEvent>> consumer,
                                AtomicBoolean stop, Future<?> reading) throws InterruptedException {
        while (true) {
            List<EvidenceEvent> batch = queue.poll(100, TimeUnit.MILLISECONDS);
            if (batch == null) {
                if (reading.isDone()) {
                    return;
                }
                continue;
            }
            if (batch == END || !consumer.test(batch)) {
                stop.set(true);
                queue.clear();
                return;
            }
        }
    }

    private void read(long fromSeq, BlockingQueue<List<EvidenceEvent>> queue, AtomicBoolean stop) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            long next = fromSeq;
            while (!stop.get()) {
                List<EvidenceEvent> batch = page(ps, next);
                if (batch.isEmpty()) {
                    break;
                }
                while (!stop.get() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    // the consumer is still busy with earlier batches
                }
                next = batch.get(batch.size() - 1).seq() + 1;
            }
        }
        while (!stop.get() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
            // wait for room for the end marker
        }
    }

    private static List<EvidenceEvent> page(PreparedStatement ps, long fromSeq) throws SQLException {
        ps.setLong(1, fromSeq);
        List<EvidenceEvent> batch = new ArrayList<>(BATCH);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                batch.add(new EvidenceEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return batch;
    }
}
