package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryBuilder;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/** Reads and writes rows of backup_day_summary, and summarises one day from raw backups. */
final class DaySummaryRows {
    static final String COLUMNS = "target_id, summary_day, succeeded_count, failed_count, first_ok_epoch, last_ok_epoch, "
            + "max_ok_gap_seconds, first_verified_epoch, last_verified_epoch, max_verified_gap_seconds";

    private DaySummaryRows() {
    }

    static BackupDaySummary map(ResultSet rs, SystemEnv target) throws SQLException {
        return new BackupDaySummary(target, rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4), epoch(rs, 5),
                epoch(rs, 6), rs.getLong(7), epoch(rs, 8), epoch(rs, 9), rs.getLong(10));
    }

    private static long epoch(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? NONE : v;
    }

    /** Replaces the stored rows of the given summaries' days; a null summary entry is skipped. */
    static void replace(Connection c, BackupTargetIds ids, Collection<BackupDaySummary> rows) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM backup_day_summary WHERE target_id = ? AND summary_day = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO backup_day_summary (" + COLUMNS
                     + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (BackupDaySummary s : rows) {
                int id = ids.idOf(c, s.target());
                delete.setInt(1, id);
                delete.setObject(2, s.day());
                delete.addBatch();
                if (s.succeeded() + s.failed() > 0) {
                    bind(insert, id, s);
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        PackedYearRows.apply(c, ids, rows);
    }

    static void bind(PreparedStatement ps, int id, BackupDaySummary s) throws SQLException {
        ps.setInt(1, id);
        ps.setObject(2, s.day());
        ps.setInt(3, s.succeeded());
        ps.setInt(4, s.failed());
        setEpoch(ps, 5, s.firstOk());
        setEpoch(ps, 6, s.lastOk());
        ps.setLong(7, s.maxOkGap());
        setEpoch(ps, 8, s.firstVerified());
        setEpoch(ps, 9, s.lastVerified());
        ps.setLong(10, s.maxVerifiedGap());
    }

    private static void setEpoch(PreparedStatement ps, int index, long value) throws SQLException {
        if (value == NONE) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The summary of {@code day} computed from the backups table (an empty one when there are none). */
    static BackupDaySummary fromBackups(Connection c, SystemEnv target, LocalDate day, ZoneId zone) throws SQLException {
        DaySummaryBuilder builder = DaySummaryBuilder.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT completed_at, status, verified FROM backups "
                + "WHERE system_name = ? AND environment = ? AND completed_at >= ? AND completed_at < ? ORDER BY completed_at")) {
            ps.setString(1, target.system());
            ps.setString(2, target.environment());
            ps.setObject(3, Jdbc.utc(day.atStartOfDay(zone).toInstant()));
            ps.setObject(4, Jdbc.utc(day.plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    builder.add(Jdbc.instant(rs, "completed_at").getEpochSecond(), BackupStatus.valueOf(rs.getString(2)),
                            rs.getBoolean(3));
                }
            }
        }
        return builder.build(target, day);
    }
}
