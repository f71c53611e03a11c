package io.drillbook.bench;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryBuilder;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes day summaries for many targets straight into backup_day_summary (built with the same
 * {@link DaySummaryBuilder} the import path uses), to measure compliance at a scale whose raw
 * import would take too long on this machine. Flags the packed year rows as stale: the next
 * {@code JdbcDaySummaryStore} opened on the database packs them.
 */
final class BenchSummaries {
    private BenchSummaries() {
    }

    static Void write(Database db, int systems, BiFunction<SystemEnv, Random, List<Backup>> generator, ZoneId zone) throws Exception {
        Random random = new Random(2);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement target = c.prepareStatement("INSERT INTO backup_targets (id, system_name, environment) VALUES (?, ?, 'prod')");
                 PreparedStatement row = c.prepareStatement("INSERT INTO backup_day_summary (target_id, summary_day, succeeded_count, "
                         + "failed_count, first_ok_epoch, last_ok_epoch, max_ok_gap_seconds, first_verified_epoch, last_verified_epoch, "
                         + "max_verified_gap_seconds) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < systems; i++) {
                    SystemEnv t = new SystemEnv(InventoryScaleBenchmark.name(i), "prod");
                    target.setInt(1, i + 1);
                    target.setString(2, t.system());
                    target.executeUpdate();
                    for (BackupDaySummary s : summarise(t, generator.apply(t, random), zone).values()) {
                        bind(row, i + 1, s);
                        row.addBatch();
                    }
                    row.executeBatch();
                }
            }
            try (PreparedStatement repack = c.prepareStatement("UPDATE backup_summary_zone SET needs_packing = TRUE WHERE id = 1")) {
                repack.executeUpdate();
            }
            c.commit();
        }
        return null;
    }

    private static Map<LocalDate, BackupDaySummary> summarise(SystemEnv target, List<Backup> backups, ZoneId zone) {
        Map<LocalDate, DaySummaryBuilder> days = new TreeMap<>();
        for (Backup b : backups) {
            days.computeIfAbsent(LocalDate.ofInstant(b.completedAt(), zone), d -> DaySummaryBuilder.empty())
                    .add(b.completedAt().getEpochSecond(), b.status(), b.verified());
        }
        Map<LocalDate, BackupDaySummary> out = new TreeMap<>();
        days.forEach((day, builder) -> out.put(day, builder.build(target, day)));
        return out;
    }

    private static void bind(PreparedStatement ps, int id, BackupDaySummary s) throws Exception {
        ps.setInt(1, id);
        ps.setObject(2, s.day());
        ps.setInt(3, s.succeeded());
        ps.setInt(4, s.failed());
        long[] values = {s.firstOk(), s.lastOk(), s.maxOkGap(), s.firstVerified(), s.lastVerified(), s.maxVerifiedGap()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == BackupDaySummary.NONE) {
                ps.setNull(5 + i, Types.BIGINT);
            } else {
                ps.setLong(5 + i, values[i]);
            }
        }
    }
}
