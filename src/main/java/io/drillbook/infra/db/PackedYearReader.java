package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.model.SystemEnv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads day summaries for a range from backup_year_summary: one packed row per target and year
 * (about a thousand rows for a thousand targets), in target and year order, so each target's days
 * reach the sink in day order from the calling thread.
 */
final class PackedYearReader {
    private static final String ALL = "SELECT target_id, summary_year, packed_days FROM backup_year_summary "
            + "WHERE summary_year >= ? AND summary_year <= ? ORDER BY target_id, summary_year";
    private static final String ONE = "SELECT target_id, summary_year, packed_days FROM backup_year_summary "
            + "WHERE target_id = ? AND summary_year >= ? AND summary_year <= ? ORDER BY summary_year";

    private final Database db;
    private final BackupTargetIds ids;

    PackedYearReader(Database db, BackupTargetIds ids) {
        this.db = db;
        this.ids = ids;
    }

    /** Days in [from, toExclusive) of every target, or of {@code onlyTarget} when it is not null. */
    void read(LocalDate from, LocalDate toExclusive, SystemEnv onlyTarget, Consumer<BackupDaySummary> sink) {
        if (!toExclusive.isAfter(from)) {
            return;
        }
        Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(onlyTarget == null ? ALL : ONE)) {
                int p = 1;
                if (onlyTarget != null) {
                    ps.setInt(p++, ids.idOf(c, onlyTarget));
                }
                ps.setInt(p++, from.getYear());
                ps.setInt(p, toExclusive.minusDays(1).getYear());
                decodeAll(c, ps, from, toExclusive, sink);
            }
            return null;
        });
    }

    private void decodeAll(Connection c, PreparedStatement ps, LocalDate from, LocalDate toExclusive,
                           Consumer<BackupDaySummary> sink) throws SQLException {
        PackedYear.DayCache days = new PackedYear.DayCache();
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SystemEnv target = ids.targetOf(c, rs.getInt(1));
                int year = rs.getInt(2);
                PackedYear.decode(year, rs.getBytes(3)).forEach(target, from, toExclusive, days, sink);
            }
        }
    }
}
