package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.RunLock;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;
import io.drillbook.infra.db.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run locks across machines: a PostgreSQL session advisory lock ({@code pg_try_advisory_lock}) on a
 * dedicated connection kept open while the lock is held, plus a {@code run_locks} row saying who
 * and since when. If a console dies its connection closes, the server drops the advisory lock,
 * and its row becomes stale: {@link #holder} ignores it and the next holder replaces it.
 */
public final class PostgresRunLock implements RunLock {
    private static final Logger LOGGER = LoggerFactory.getLogger(PostgresRunLock.class);

    private final Database db;
    private final Clock clock;
    private final String sessionId = UUID.randomUUID().toString();
    private final Map<String, Connection> sessions = new ConcurrentHashMap<>();

    public PostgresRunLock(Database db, Clock clock) {
        if (!db.isPostgres()) {
            throw new IllegalArgumentException("advisory locks need PostgreSQL, not " + db.describe());
        }
        this.db = db;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<LockHolder> tryAcquire(String resource, String who) {
        if (sessions.containsKey(resource)) {
            return Optional.empty();
        }
        long lockId = RunLockRows.lockId(resource);
        try {
            Connection session = db.dedicatedConnection();
            if (!advisory(session, "SELECT pg_try_advisory_lock(?)", lockId)) {
                session.close();
                return Optional.empty();
            }
            LockHolder holder = new LockHolder(resource, who, EvidenceHashing.normalise(clock.instant()));
            RunLockRows.replace(session, new RunLockRows.LockRow(holder, sessionId, lockId));
            sessions.put(resource, session);
            LOGGER.info("Run lock {} taken by {}", resource, who);
            return Optional.of(holder);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public synchronized void release(String resource) {
        Connection session = sessions.remove(resource);
        if (session == null) {
            return;
        }
        try (session) {
            RunLockRows.delete(session, resource, sessionId);
            advisory(session, "SELECT pg_advisory_unlock(?)", RunLockRows.lockId(resource));
            LOGGER.info("Run lock {} released", resource);
        } catch (SQLException e) {
            LOGGER.warn("Releasing run lock {} failed; closing its session releases it anyway", resource, e);
        }
    }

    @Override
    public Optional<LockHolder> holder(String resource) {
        return Jdbc.query(db, c -> {
            Optional<RunLockRows.LockRow> row = RunLockRows.read(c, resource);
            if (row.isEmpty() || !advisoryLockHeld(c, row.get().lockId())) {
                return Optional.empty();
            }
            return Optional.of(row.get().holder());
        });
    }

    @Override
    public synchronized void close() {
        List.copyOf(sessions.keySet()).forEach(this::release);
    }

    private static boolean advisory(Connection c, String sql, long lockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, lockId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** A bigint advisory lock shows in pg_locks as classid = high 32 bits, objid = low 32 bits, objsubid = 1. */
    private static boolean advisoryLockHeld(Connection c, long lockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1 AND granted")) {
            ps.setLong(1, lockId >>> 32);
            ps.setLong(2, lockId & 0xFFFF_FFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
