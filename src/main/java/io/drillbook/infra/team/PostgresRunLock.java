package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.LockLoss;
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
import java.util.ArrayList;
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
    private final Map<String, LockHolder> holdings = new ConcurrentHashMap<>();

    public PostgresRunLock(Database db, Clock clock) {
        if (!db.isPostgres()) {
            throw new IllegalArgumentException("advisory locks need PostgreSQL, not " + db.describe());
        }
        this.db = db;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<LockHolder> tryAcquire(String resource, String who) {
        if (holdings.containsKey(resource)) {
            return Optional.empty();
        }
        Optional<LockHolder> taken = take(new LockHolder(resource, who, EvidenceHashing.normalise(clock.instant())));
        taken.ifPresent(h -> LOGGER.info("Run lock {} taken by {}", resource, who));
        return taken;
    }

    /** Takes the advisory lock on a new dedicated session and writes who holds it. */
    private Optional<LockHolder> take(LockHolder holder) {
        long lockId = RunLockRows.lockId(holder.resource());
        try {
            Connection session = db.dedicatedConnection();
            if (!advisory(session, "SELECT pg_try_advisory_lock(?)", lockId)) {
                session.close();
                return Optional.empty();
            }
            RunLockRows.replace(session, new RunLockRows.LockRow(holder, sessionId, lockId));
            sessions.put(holder.resource(), session);
            holdings.put(holder.resource(), holder);
            return Optional.of(holder);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * A lock lives as long as its session: if the session ended (an admin terminated it, the
     * server restarted), the lock is taken again for the same holder when it is still free.
     */
    @Override
    public synchronized List<LockLoss> verifyHeld() {
        List<LockLoss> losses = new ArrayList<>();
        for (String resource : List.copyOf(holdings.keySet())) {
            Connection session = sessions.get(resource);
            if (session != null && heldBy(session, RunLockRows.lockId(resource))) {
                continue;
            }
            if (session != null) {
                sessions.remove(resource);
                closeQuietly(session);
            }
            LockHolder before = holdings.get(resource);
            Optional<LockHolder> again;
            try {
                again = take(before);
            } catch (StoreException e) {
                LOGGER.warn("Run lock {} of {}: its database session was lost and the database cannot be reached "
                        + "to take it again; trying again at the next check", resource, before.holder());
                continue;
            }
            if (again.isEmpty()) {
                holdings.remove(resource);
            }
            LockLoss loss = new LockLoss(resource, before, again.orElseGet(() -> holder(resource).orElse(null)));
            if (loss.retaken()) {
                LOGGER.warn("Run lock {} of {}: its database session was lost; taken again", resource, before.holder());
            } else {
                LOGGER.error("Run lock {} of {} was lost with its database session and is now held by {}", resource,
                        before.holder(), loss.nowHeldBy() == null ? "nobody" : loss.nowHeldBy().holder());
            }
            losses.add(loss);
        }
        return losses;
    }

    /** True while {@code session} is alive and holds the advisory lock. */
    private static boolean heldBy(Connection session, long lockId) {
        try (PreparedStatement ps = session.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1 AND granted AND pid = pg_backend_pid()")) {
            ps.setQueryTimeout(10);
            ps.setLong(1, lockId >>> 32);
            ps.setLong(2, lockId & 0xFFFF_FFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection session) {
        try {
            session.close();
        } catch (SQLException e) {
            LOGGER.debug("Closing a lost lock session failed", e);
        }
    }

    @Override
    public synchronized void release(String resource) {
        Connection session = sessions.remove(resource);
        holdings.remove(resource);
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
        List.copyOf(holdings.keySet()).forEach(this::release);
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
