package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.RunLock;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run locks on an embedded H2 file. H2 opens a file from one process only, so every console that
 * can see the file lives in this JVM: a {@code run_locks} row is the lock, and a row written by a
 * lock instance no longer alive here (the process crashed, the console closed) is stale.
 */
public final class H2RunLock implements RunLock {
    private static final Set<String> LIVE_SESSIONS = ConcurrentHashMap.newKeySet();
    private static final Object PROCESS_WIDE = new Object();

    private final Database db;
    private final Clock clock;
    private final String sessionId = UUID.randomUUID().toString();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public H2RunLock(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        LIVE_SESSIONS.add(sessionId);
    }

    @Override
    public Optional<LockHolder> tryAcquire(String resource, String who) {
        synchronized (PROCESS_WIDE) {
            if (holder(resource).isPresent()) {
                return Optional.empty();
            }
            LockHolder holder = new LockHolder(resource, who, EvidenceHashing.normalise(clock.instant()));
            Jdbc.inTransaction(db, c -> {
                RunLockRows.replace(c, new RunLockRows.LockRow(holder, sessionId, RunLockRows.lockId(resource)));
                return null;
            });
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
        return Jdbc.query(db, c -> RunLockRows.read(c, resource))
                .filter(row -> LIVE_SESSIONS.contains(row.sessionId()))
                .map(RunLockRows.LockRow::holder);
    }

    @Override
    public void close() {
        List.copyOf(held).forEach(this::release);
        LIVE_SESSIONS.remove(sessionId);
    }
}
