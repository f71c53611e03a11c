package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes backup_year_summary, the packed copy of backup_day_summary. Callers hold the
 * summary zone row's lock (as every writer of day rows does), so read-modify-write is safe.
 */
final class PackedYearRows {
    private static final String INSERT = "INSERT INTO backup_year_summary (target_id, summary_year, packed_days, last_ok_epoch, "
            + "last_verified_epoch) VALUES (?, ?, ?, ?, ?)";

    private PackedYearRows() {
    }

    /** Puts changed day summaries into their targets' packed years; a summary with no backups clears its day. */
    static void apply(Connection c, BackupTargetIds ids, Collection<BackupDaySummary> days) throws SQLException {
        Map<Long, PackedYear> touched = new TreeMap<>();
        for (BackupDaySummary s : days) {
            int id = ids.idOf(c, s.target());
            int year = s.day().getYear();
            PackedYear packed = touched.get(key(id, year));
            if (packed == null) {
                packed = load(c, id, year);
                touched.put(key(id, year), packed);
            }
            packed.put(s);
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM backup_year_summary WHERE target_id = ? AND summary_year = ?");
             PreparedStatement insert = c.prepareStatement(
                     INSERT)) {
            for (Map.Entry<Long, PackedYear> e : touched.entrySet()) {
                bindKey(delete, e.getKey());
                delete.addBatch();
                bindRow(insert, e.getKey(), e.getValue());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Replaces every packed row with one packed from the day rows. */
    static int repackAll(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM backup_year_summary")) {
            delete.executeUpdate();
        }
        int rows = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT " + DaySummaryRows.COLUMNS
                + " FROM backup_day_summary ORDER BY target_id, summary_day");
             PreparedStatement insert = c.prepareStatement(
                     INSERT)) {
            read.setFetchSize(10_000);
            long current = -1;
            PackedYear packed = null;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    BackupDaySummary s = DaySummaryRows.map(rs, null);
                    long key = key(rs.getInt(1), s.day().getYear());
                    if (key != current) {
                        rows += write(insert, current, packed);
                        flushEvery(insert, rows, 200);
                        current = key;
                        packed = new PackedYear(s.day().getYear());
                    }
                    packed.put(s);
                }
            }
            rows += write(insert, current, packed);
            insert.executeBatch();
        }
        return rows;
    }

    private static int write(PreparedStatement insert, long key, PackedYear packed) throws SQLException {
        if (packed == null) {
            return 0;
        }
        bindRow(insert, key, packed);
        insert.addBatch();
        return 1;
    }

    private static void bindRow(PreparedStatement insert, long key, PackedYear packed) throws SQLException {
        bindKey(insert, key);
        insert.setBytes(3, packed.encode());
        setEpoch(insert, 4, packed.lastOk());
        setEpoch(insert, 5, packed.lastVerified());
    }

    private static void setEpoch(PreparedStatement ps, int index, long epoch) throws SQLException {
        if (epoch == BackupDaySummary.NONE) {
            ps.setNull(index, java.sql.Types.BIGINT);
        } else {
            ps.setLong(index, epoch);
        }
    }

    private static void flushEvery(PreparedStatement insert, int rows, int batch) throws SQLException {
        if (rows > 0 && rows % batch == 0) {
            insert.executeBatch();
        }
    }

    private static PackedYear load(Connection c, int id, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT packed_days FROM backup_year_summary WHERE target_id = ? AND summary_year = ?")) {
            ps.setInt(1, id);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? PackedYear.decode(year, rs.getBytes(1)) : new PackedYear(year);
            }
        }
    }

    private static long key(int targetId, int year) {
        return ((long) targetId << 32) | (year & 0xffffffffL);
    }

    private static void bindKey(PreparedStatement ps, long key) throws SQLException {
        ps.setInt(1, (int) (key >>> 32));
        ps.setInt(2, (int) key);
    }
}
