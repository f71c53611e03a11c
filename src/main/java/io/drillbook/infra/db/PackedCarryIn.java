package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryStore.CarryIn;
import io.drillbook.core.model.SystemEnv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/**
 * The newest recovery points before a day, per target, from the packed years: the stored
 * per-year maxima of earlier years, then the days of the day's own year before it.
 */
final class PackedCarryIn {
    private final BackupTargetIds ids;

    PackedCarryIn(BackupTargetIds ids) {
        this.ids = ids;
    }

    Map<SystemEnv, CarryIn> newestBefore(Connection c, LocalDate day) throws SQLException {
        Map<Integer, long[]> newest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT target_id, MAX(last_ok_epoch), MAX(last_verified_epoch) "
                + "FROM backup_year_summary WHERE summary_year < ? GROUP BY target_id")) {
            ps.setInt(1, day.getYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    merge(newest, rs.getInt(1), epoch(rs, 2), epoch(rs, 3));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT target_id, packed_days FROM backup_year_summary WHERE summary_year = ?")) {
            ps.setInt(1, day.getYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PackedYear year = PackedYear.decode(day.getYear(), rs.getBytes(2));
                    int before = day.getDayOfYear() - 1;
                    merge(newest, rs.getInt(1), year.lastOkBefore(before), year.lastVerifiedBefore(before));
                }
            }
        }
        Map<SystemEnv, CarryIn> out = new HashMap<>();
        for (Map.Entry<Integer, long[]> e : newest.entrySet()) {
            if (e.getValue()[0] != NONE || e.getValue()[1] != NONE) {
                out.put(ids.targetOf(c, e.getKey()), new CarryIn(e.getValue()[0], e.getValue()[1]));
            }
        }
        return out;
    }

    private static void merge(Map<Integer, long[]> newest, int targetId, long lastOk, long lastVerified) {
        long[] points = newest.computeIfAbsent(targetId, id -> new long[]{NONE, NONE});
        points[0] = Math.max(points[0], lastOk);
        points[1] = Math.max(points[1], lastVerified);
    }

    private static long epoch(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? BackupDaySummary.NONE : v;
    }
}
