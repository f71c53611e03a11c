package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads day summaries in slices of {@value #TARGETS_PER_QUERY} targets along the primary key, so
 * that no result outgrows what H2 keeps in memory (larger results spill to disk and read many
 * times slower), and reads the slices on up to {@value #MAX_THREADS} connections at once.
 */
final class DaySummaryReader {
    private static final int TARGETS_PER_QUERY = 64;
    private static final int MAX_THREADS = 4;
    private static final String SQL = "SELECT " + DaySummaryRows.COLUMNS + " FROM backup_day_summary "
            + "WHERE target_id >= ? AND target_id <= ? AND summary_day >= ? AND summary_day < ? ORDER BY target_id, summary_day";

    private final Database db;
    private final BackupTargetIds ids;

    DaySummaryReader(Database db, BackupTargetIds ids) {
        this.db = db;
        this.ids = ids;
    }

    /** Calls {@code sink} from several threads, each target's days from one thread in day order. */
    void read(List<Integer> targetIds, LocalDate from, LocalDate toExclusive, Consumer<BackupDaySummary> sink) {
        List<int[]> slices = new ArrayList<>();
        for (int i = 0; i < targetIds.size(); i += TARGETS_PER_QUERY) {
            slices.add(new int[]{targetIds.get(i), targetIds.get(Math.min(targetIds.size(), i + TARGETS_PER_QUERY) - 1)});
        }
        int threads = Math.min(slices.size(), Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            Jdbc.query(db, c -> readSlices(c, slices, 0, 1, from, toExclusive, sink));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                final int first = k;
                parts.add(pool.submit(() -> Jdbc.query(db, c -> readSlices(c, slices, first, threads, from, toExclusive, sink))));
            }
            for (Future<Integer> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading day summaries", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int readSlices(Connection c, List<int[]> slices, int first, int step, LocalDate from, LocalDate to,
                           Consumer<BackupDaySummary> sink) throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setFetchSize(10_000);
            for (int i = first; i < slices.size(); i += step) {
                ps.setInt(1, slices.get(i)[0]);
                ps.setInt(2, slices.get(i)[1]);
                ps.setObject(3, from);
                ps.setObject(4, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(DaySummaryRows.map(rs, ids.targetOf(c, rs.getInt(1))));
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
