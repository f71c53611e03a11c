package io.drillbook.testing.fakes;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.RunLock;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lock table that several consoles share, as they share one store: {@link #console()} opens
 * one console's {@link RunLock}. Locks cannot be lost here, so {@link RunLock#verifyHeld()} keeps
 * its default.
 */
public final class InMemoryRunLocks {
    private final Clock clock;
    private final Map<String, Held> table = new HashMap<>();

    private record Held(LockHolder holder, Console owner) {
    }

    public InMemoryRunLocks(Clock clock) {
        this.clock = clock;
    }

    /** A new console's lock instance on this table. */
    public RunLock console() {
        return new Console();
    }

    private final class Console implements RunLock {
        private final Set<String> held = ConcurrentHashMap.newKeySet();

        @Override
        public Optional<LockHolder> tryAcquire(String resource, String who) {
            synchronized (table) {
                if (table.containsKey(resource)) {
                    return Optional.empty();
                }
                LockHolder holder = new LockHolder(resource, who, EvidenceHashing.normalise(clock.instant()));
                table.put(resource, new Held(holder, this));
                held.add(resource);
                return Optional.of(holder);
            }
        }

        @Override
        public void release(String resource) {
            synchronized (table) {
                if (held.remove(resource)) {
                    table.remove(resource);
                }
            }
        }

        @Override
        public Optional<LockHolder> holder(String resource) {
            synchronized (table) {
                return Optional.ofNullable(table.get(resource)).map(Held::holder);
            }
        }

        @Override
        public void close() {
            List.copyOf(held).forEach(this::release);
        }
    }
}
