package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryBuilder;
import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per target and day summaries in H2 or PostgreSQL. {@link JdbcBackupRepository} keeps them
 * current in the transaction that adds or changes backups.
 */
public final class JdbcDaySummaryStore implements DaySummaryStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(JdbcDaySummaryStore.class);

    private final Database db;
    private final BackupTargetIds ids = new BackupTargetIds();
    private final DaySummaryMaintainer maintainer = new DaySummaryMaintainer(ids);
    private final PackedYearReader reader;
    private final PackedCarryIn carryIn = new PackedCarryIn(ids);

    public JdbcDaySummaryStore(Database db) {
        this.db = db;
        this.reader = new PackedYearReader(db, ids);
        Jdbc.inTransaction(db, c -> {
            if (needsRebuild(c)) {
                rebuild(c, lockedZone(c));
            } else if (flag(c, "needs_packing")) {
                lockedZone(c);
                repack(c);
            }
            return null;
        });
    }

    @Override
    public ZoneId zone() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT zone_id FROM backup_summary_zone WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return ZoneId.of(rs.getString(1));
            }
        });
    }

    @Override
    public void rezone(ZoneId zone) {
        Jdbc.inTransaction(db, c -> {
            lockedZone(c);
            rebuild(c, zone);
            return null;
        });
    }

    @Override
    public List<SystemEnv> targets() {
        return Jdbc.query(db, ids::all);
    }

    @Override
    public void forEach(LocalDate from, LocalDate toExclusive, SystemEnv onlyTarget, Consumer<BackupDaySummary> sink) {
        reader.read(from, toExclusive, onlyTarget, sink);
    }

    @Override
    public Map<SystemEnv, CarryIn> newestBefore(LocalDate day) {
        return Jdbc.query(db, c -> carryIn.newestBefore(c, day));
    }

    /** Folds newly inserted backups into their days; called in the inserting transaction. */
    void onAdded(Connection c, Collection<Backup> inserted) throws SQLException {
        if (!inserted.isEmpty()) {
            maintainer.onAdded(c, lockedZone(c), inserted);
        }
    }

    /** Summarises again the days of backups whose status or verification changed. */
    void onChanged(Connection c, Collection<Backup> changed) throws SQLException {
        if (!changed.isEmpty()) {
            maintainer.resummarise(c, lockedZone(c), changed);
        }
    }

    private static ZoneId lockedZone(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT zone_id FROM backup_summary_zone WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return ZoneId.of(rs.getString(1));
        }
    }

    private static boolean needsRebuild(Connection c) throws SQLException {
        return flag(c, "needs_rebuild");
    }

    private static boolean flag(Connection c, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM backup_summary_zone WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Recomputes every summary from the backups table for days in {@code zone}. */
    private void rebuild(Connection c, ZoneId zone) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM backup_day_summary")) {
            delete.executeUpdate();
        }
        int rows = new SummaryRebuild(c, ids, zone).run();
        try (PreparedStatement ps = c.prepareStatement("UPDATE backup_summary_zone SET zone_id = ?, needs_rebuild = FALSE WHERE id = 1")) {
            ps.setString(1, zone.getId());
            ps.executeUpdate();
        }
        LOGGER.info("Summarised backups into {} day rows for zone {} in {} ms", rows, zone, (System.nanoTime() - started) / 1_000_000);
        repack(c);
    }

    /** Packs every target's day rows into year rows again (after a rebuild, or day rows written around the store). */
    private static void repack(Connection c) throws SQLException {
        long started = System.nanoTime();
        int rows = PackedYearRows.repackAll(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE backup_summary_zone SET needs_packing = FALSE WHERE id = 1")) {
            ps.executeUpdate();
        }
        LOGGER.info("Packed day summaries into {} year rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
    }

    /** One pass over all backups in target and completion order, writing day rows in batches. */
    private static final class SummaryRebuild {
        private final Connection c;
        private final BackupTargetIds ids;
        private final ZoneId zone;
        private int pending;

        SummaryRebuild(Connection c, BackupTargetIds ids, ZoneId zone) {
            this.c = c;
            this.ids = ids;
            this.zone = zone;
        }

        int run() throws SQLException {
            int rows = 0;
            try (PreparedStatement read = c.prepareStatement("SELECT system_name, environment, completed_at, status, verified "
                    + "FROM backups WHERE completed_at IS NOT NULL ORDER BY system_name, environment, completed_at");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO backup_day_summary (" + DaySummaryRows.COLUMNS
                         + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                read.setFetchSize(10_000);
                SystemEnv target = null;
                LocalDate day = null;
                DaySummaryBuilder builder = null;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        SystemEnv t = new SystemEnv(rs.getString(1), rs.getString(2));
                        long completed = Jdbc.instant(rs, "completed_at").getEpochSecond();
                        LocalDate d = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(completed), zone);
                        if (!t.equals(target) || !d.equals(day)) {
                            rows += write(insert, builder, target, day);
                            target = t;
                            day = d;
                            builder = DaySummaryBuilder.empty();
                        }
                        builder.add(completed, BackupStatus.valueOf(rs.getString(4)), rs.getBoolean(5));
                    }
                }
                rows += write(insert, builder, target, day);
                insert.executeBatch();
            }
            return rows;
        }

        private int write(PreparedStatement insert, DaySummaryBuilder builder, SystemEnv target, LocalDate day) throws SQLException {
            if (builder == null) {
                return 0;
            }
            BackupDaySummary s = builder.build(target, day);
            if (s.succeeded() + s.failed() == 0) {
                return 0;
            }
            DaySummaryRows.bind(insert, ids.idOf(c, target), s);
            insert.addBatch();
            if (++pending % 1000 == 0) {
                insert.executeBatch();
            }
            return 1;
        }
    }
}
