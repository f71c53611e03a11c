package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryBuilder;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps backup_day_summary up to date inside the transaction that adds backups: new backups are
 * folded into their day's stored row when they come after it (the usual case: imports move
 * forward in time); a day that gets an older recovery point, or whose backups changed status, is
 * summarised again from its backups.
 */
final class DaySummaryMaintainer {
    private final BackupTargetIds ids;

    DaySummaryMaintainer(BackupTargetIds ids) {
        this.ids = ids;
    }

    void onAdded(Connection c, ZoneId zone, Collection<Backup> inserted) throws SQLException {
        Map<SystemEnv, TreeMap<LocalDate, List<Backup>>> byTargetDay = new HashMap<>();
        for (Backup b : inserted) {
            if (b.completedAt() != null) {
                LocalDate day = LocalDate.ofInstant(b.completedAt(), zone);
                byTargetDay.computeIfAbsent(b.target(), t -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>()).add(b);
            }
        }
        List<BackupDaySummary> changed = new ArrayList<>();
        for (Map.Entry<SystemEnv, TreeMap<LocalDate, List<Backup>>> e : byTargetDay.entrySet()) {
            Map<LocalDate, BackupDaySummary> stored = load(c, e.getKey(), e.getValue().firstKey(), e.getValue().lastKey());
            for (Map.Entry<LocalDate, List<Backup>> day : e.getValue().entrySet()) {
                changed.add(merge(c, zone, e.getKey(), day.getKey(), stored.get(day.getKey()), day.getValue()));
            }
        }
        DaySummaryRows.replace(c, ids, changed);
    }

    /** Summarises again, from the backups table, the days of {@code backups} (e.g. after a status change). */
    void resummarise(Connection c, ZoneId zone, Collection<Backup> backups) throws SQLException {
        Map<String, BackupDaySummary> days = new HashMap<>();
        for (Backup b : backups) {
            for (java.time.Instant t : new java.time.Instant[]{b.startedAt(), b.completedAt()}) {
                if (t != null) {
                    LocalDate day = LocalDate.ofInstant(t, zone);
                    String key = b.target() + "@" + day;
                    if (!days.containsKey(key)) {
                        days.put(key, DaySummaryRows.fromBackups(c, b.target(), day, zone));
                    }
                }
            }
        }
        DaySummaryRows.replace(c, ids, days.values());
    }

    private BackupDaySummary merge(Connection c, ZoneId zone, SystemEnv target, LocalDate day, BackupDaySummary stored,
                                   List<Backup> added) throws SQLException {
        added.sort(Comparator.comparing(Backup::completedAt));
        DaySummaryBuilder builder = stored == null ? DaySummaryBuilder.empty() : DaySummaryBuilder.from(stored);
        for (Backup b : added) {
            long completed = b.completedAt().getEpochSecond();
            if (!builder.canAppend(completed, b.status())) {
                return DaySummaryRows.fromBackups(c, target, day, zone);
            }
            builder.add(completed, b.status(), b.verified());
        }
        return builder.build(target, day);
    }

    private Map<LocalDate, BackupDaySummary> load(Connection c, SystemEnv target, LocalDate from, LocalDate to) throws SQLException {
        Map<LocalDate, BackupDaySummary> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DaySummaryRows.COLUMNS
                + " FROM backup_day_summary WHERE target_id = ? AND summary_day >= ? AND summary_day <= ?")) {
            ps.setInt(1, ids.idOf(c, target));
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BackupDaySummary s = DaySummaryRows.map(rs, target);
                    out.put(s.day(), s);
                }
            }
        }
        return out;
    }
}
