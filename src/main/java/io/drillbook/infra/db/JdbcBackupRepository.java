package io.drillbook.infra.db;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** The backup inventory in H2 or PostgreSQL. */
public final class JdbcBackupRepository implements BackupRepository {
    private static final String COLUMNS = "system_name, environment, source, external_id, started_at, completed_at, status, "
            + "size_bytes, checksum, location, encrypted, immutable_until, verified";

    private static final int BATCH = 1_000;

    private final Database db;
    private final JdbcDaySummaryStore summaries;
    private final BackupBatchInsert batchInsert = new BackupBatchInsert(
            "INSERT INTO backups (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", JdbcBackupRepository::bind);

    /** A repository whose additions keep {@code summaries} current (share one store per database). */
    public JdbcBackupRepository(Database db, JdbcDaySummaryStore summaries) {
        this.db = db;
        this.summaries = summaries;
    }

    public JdbcBackupRepository(Database db) {
        this(db, new JdbcDaySummaryStore(db));
    }

    @Override
    public int addAll(Collection<Backup> backups) {
        if (backups.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(db, c -> {
            int added = 0;
            List<Backup> chunk = new ArrayList<>(BATCH);
            for (Backup b : backups) {
                chunk.add(b);
                if (chunk.size() == BATCH) {
                    added += addChunk(c, chunk);
                    chunk.clear();
                }
            }
            return added + addChunk(c, chunk);
        });
    }

    /** Inserts one chunk as a JDBC batch, refreshes formerly running ones, and updates the day summaries. */
    private int addChunk(Connection c, List<Backup> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<Backup> inserted = batchInsert.insertNew(c, chunk);
        Set<String> added = new HashSet<>();
        inserted.forEach(b -> added.add(BackupBatchInsert.key(b)));
        List<Backup> refreshed = new ArrayList<>();
        try (PreparedStatement refresh = c.prepareStatement("UPDATE backups SET status = ?, completed_at = COALESCE(?, completed_at), "
                + "size_bytes = CASE WHEN ? < 0 THEN size_bytes ELSE ? END "
                + "WHERE system_name = ? AND environment = ? AND source = ? AND external_id = ? AND status IN (?,?,?)");
             PreparedStatement fill = c.prepareStatement(FILL_IN)) {
            for (Backup b : chunk) {
                if (added.contains(BackupBatchInsert.key(b))) {
                    continue;
                }
                if (refreshStatus(refresh, b) > 0) {
                    refreshed.add(b);
                }
                fillIn(fill, b);
            }
        }
        summaries.onAdded(c, inserted);
        summaries.onChanged(c, refreshed);
        return inserted.size();
    }

    /** Size and checksum a later import knows and an earlier one did not; nothing else changes. */
    private static final String FILL_IN = "UPDATE backups SET "
            + "size_bytes = CASE WHEN size_bytes < 0 THEN ? ELSE size_bytes END, "
            + "checksum = CASE WHEN checksum = '' THEN ? ELSE checksum END "
            + "WHERE system_name = ? AND environment = ? AND source = ? AND external_id = ? "
            + "AND ((size_bytes < 0 AND ? >= 0) OR (checksum = '' AND ? <> ''))";

    private static void fillIn(PreparedStatement ps, Backup b) throws SQLException {
        ps.setLong(1, b.sizeBytes());
        ps.setString(2, b.checksum());
        ps.setString(3, b.target().system());
        ps.setString(4, b.target().environment());
        ps.setString(5, b.source().name());
        ps.setString(6, b.externalId());
        ps.setLong(7, b.sizeBytes());
        ps.setString(8, b.checksum());
        ps.executeUpdate();
    }

    /** Replaces a stored status only where the new one may follow it (running -> finished, succeeded -> expired). */
    private static int refreshStatus(PreparedStatement ps, Backup b) throws SQLException {
        List<String> earlier = java.util.Arrays.stream(BackupStatus.values()).filter(from -> from.mayBecome(b.status()))
                .map(Enum::name).toList();
        if (earlier.isEmpty()) {
            return 0;
        }
        ps.setString(1, b.status().name());
        ps.setObject(2, Jdbc.utc(b.completedAt()));
        ps.setLong(3, b.sizeBytes());
        ps.setLong(4, b.sizeBytes());
        ps.setString(5, b.target().system());
        ps.setString(6, b.target().environment());
        ps.setString(7, b.source().name());
        ps.setString(8, b.externalId());
        for (int i = 0; i < 3; i++) {
            ps.setString(9 + i, i < earlier.size() ? earlier.get(i) : earlier.get(0));
        }
        return ps.executeUpdate();
    }

    private static void bind(PreparedStatement ps, Backup b) throws SQLException {
        ps.setString(1, b.target().system());
        ps.setString(2, b.target().environment());
        ps.setString(3, b.source().name());
        ps.setString(4, b.externalId());
        ps.setObject(5, Jdbc.utc(b.startedAt()));
        ps.setObject(6, Jdbc.utc(b.completedAt()));
        ps.setString(7, b.status().name());
        ps.setLong(8, b.sizeBytes());
        ps.setString(9, b.checksum());
        ps.setString(10, b.location());
        ps.setBoolean(11, b.encrypted());
        ps.setObject(12, Jdbc.utc(b.immutableUntil()));
        ps.setBoolean(13, b.verified());
    }

    @Override
    public List<Backup> between(SystemEnv target, Instant from, Instant to) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM backups WHERE system_name = ? AND environment = ? "
                    + "AND COALESCE(completed_at, started_at) >= ? AND COALESCE(completed_at, started_at) < ? ORDER BY COALESCE(completed_at, started_at)")) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                ps.setObject(3, Jdbc.utc(from));
                ps.setObject(4, Jdbc.utc(to));
                return Jdbc.list(ps, JdbcBackupRepository::map);
            }
        });
    }

    @Override
    public List<Backup> newest(SystemEnv target, int limit) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM backups WHERE system_name = ? AND environment = ? "
                    + "ORDER BY COALESCE(completed_at, started_at) DESC LIMIT " + Math.max(1, limit))) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                return Jdbc.list(ps, JdbcBackupRepository::map);
            }
        });
    }

    @Override
    public Optional<Backup> newestCompletedBy(SystemEnv target, Instant notAfter) {
        return newestCompleted(target, notAfter, "");
    }

    @Override
    public Optional<Backup> newestSucceededBy(SystemEnv target, Instant notAfter) {
        return newestCompleted(target, notAfter, " AND status = 'SUCCEEDED'");
    }

    /**
     * One row read through the backups_newest_first index, not the target's history sorted: the
     * ORDER BY names the index's columns in its order (the first two are fixed by the WHERE), which
     * is what lets H2 walk it rather than sort (V30).
     */
    private Optional<Backup> newestCompleted(SystemEnv target, Instant notAfter, String statusClause) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM backups WHERE system_name = ? AND environment = ? "
                    + "AND completed_at IS NOT NULL AND completed_at <= ?" + statusClause
                    + " ORDER BY system_name, environment, completed_at DESC, external_id DESC LIMIT 1")) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                ps.setObject(3, Jdbc.utc(notAfter));
                return Jdbc.list(ps, JdbcBackupRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Backup> byExternalId(SystemEnv target, String externalId) {
        return Jdbc.query(db, c -> byExternalIdIn(c, target, externalId));
    }

    private static Optional<Backup> byExternalIdIn(Connection c, SystemEnv target, String externalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM backups WHERE system_name = ? AND environment = ? AND external_id = ?")) {
            ps.setString(1, target.system());
            ps.setString(2, target.environment());
            ps.setString(3, externalId);
            return Jdbc.list(ps, JdbcBackupRepository::map).stream().findFirst();
        }
    }

    @Override
    public void markVerified(SystemEnv target, String externalId) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE backups SET verified = TRUE WHERE system_name = ? AND environment = ? AND external_id = ?")) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                ps.setString(3, externalId);
                ps.executeUpdate();
            }
            summaries.onChanged(c, byExternalIdIn(c, target, externalId).stream().toList());
            return null;
        });
    }

    @Override
    public List<Backup> verified(SystemEnv target, int limit) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM backups WHERE system_name = ? AND environment = ? "
                    + "AND verified = TRUE ORDER BY COALESCE(completed_at, started_at) DESC LIMIT " + Math.max(1, limit))) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                return Jdbc.list(ps, JdbcBackupRepository::map);
            }
        });
    }

    @Override
    public long count() {
        return Jdbc.query(db, JdbcBackupRepository::countIn);
    }

    private static long countIn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM backups"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Backup map(ResultSet rs) throws SQLException {
        return new Backup(new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                BackupSource.valueOf(rs.getString("source")), rs.getString("external_id"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "completed_at"), BackupStatus.valueOf(rs.getString("status")), rs.getLong("size_bytes"),
                rs.getString("checksum"), rs.getString("location"), rs.getBoolean("encrypted"),
                Jdbc.instant(rs, "immutable_until"), rs.getBoolean("verified"));
    }
}
