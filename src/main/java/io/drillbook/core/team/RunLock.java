package io.drillbook.core.team;

import java.util.Optional;

/**
 * Locks that keep runs from overlapping, across every console on the same workspace (on a
 * shared PostgreSQL server: across machines). Resources are named by {@link LockResources}.
 */
public interface RunLock extends AutoCloseable {

    /**
     * Takes the lock on {@code resource} for {@code who}.
     *
     * @return the new holding (who, since) when taken; empty when someone holds it already
     *         (ask {@link #holder} who, to tell the user)
     */
    Optional<LockHolder> tryAcquire(String resource, String who);

    /** Gives back a lock this instance holds; does nothing when it holds none on {@code resource}. */
    void release(String resource);

    /** Who holds {@code resource} now, since when; empty when it is free. */
    Optional<LockHolder> holder(String resource);

    /** Releases every lock this instance still holds. */
    @Override
    void close();
}
