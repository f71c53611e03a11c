package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.RunLock;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;
import io.drillbook.infra.db.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run locks on an embedded H2 file, which several processes share (the console and command-line
 * runs, through H2's AUTO_SERVER). Each lock instance keeps one H2 session open for its life, like
 * PostgreSQL's advisory-lock session: a {@code run_locks} row is the lock while the session that
 * wrote it is alive in the database ({@code INFORMATION_SCHEMA.SESSIONS}); a row whose session is
 * gone (the process crashed or closed) is stale. Taking a lock locks the evidence head row for the
 * check and the write, so two processes cannot both take it.
 */
public final class H2RunLock implements RunLock {
    private static final Object PROCESS_WIDE = new Object();

    private final Database db;
    private final Clock clock;
    private final Connection session;
    private final String sessionId;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public H2RunLock(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        try {
            this.session = db.dedicatedConnection();
            this.sessionId = ownSession(session);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** This session's key: its id and start, unique across restarts of the database. */
    private static String ownSession(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SESSION_ID, SESSION_START FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            rs.next();
            return rs.getInt(1) + "@" + rs.getString(2);
        }
    }

    @Override
    public Optional<LockHolder> tryAcquire(String resource, String who) {
        synchronized (PROCESS_WIDE) {
            LockHolder holder = new LockHolder(resource, who, EvidenceHashing.normalise(clock.instant()));
            boolean taken = Jdbc.inTransaction(db, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM evidence_head WHERE id = 1 FOR UPDATE")) {
                    ps.executeQuery().close();
                }
                Set<String> live = liveSessions(c);
                if (RunLockRows.read(c, resource).filter(row -> live.contains(row.sessionId())).isPresent()) {
                    return false;
                }
                RunLockRows.replace(c, new RunLockRows.LockRow(holder, sessionId, RunLockRows.lockId(resource)));
                return true;
            });
            if (!taken) {
                return Optional.empty();
            }
            held.add(resource);
            return Optional.of(holder);
        }
    }

    @Override
    public void release(String resource) {
        synchronized (PROCESS_WIDE) {
            if (held.remove(resource)) {
                Jdbc.inTransaction(db, c -> {
                    RunLockRows.delete(c, resource, sessionId);
                    return null;
                });
            }
        }
    }

    @Override
    public Optional<LockHolder> holder(String resource) {
        return Jdbc.query(db, c -> {
            Set<String> live = liveSessions(c);
            return RunLockRows.read(c, resource).filter(row -> live.contains(row.sessionId())).map(RunLockRows.LockRow::holder);
        });
    }

    private static Set<String> liveSessions(Connection c) throws SQLException {
        Set<String> live = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SESSION_ID, SESSION_START FROM INFORMATION_SCHEMA.SESSIONS")) {
            while (rs.next()) {
                live.add(rs.getInt(1) + "@" + rs.getString(2));
            }
        }
        return live;
    }

    @Override
    public void close() {
        List.copyOf(held).forEach(this::release);
        try {
            session.close();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
