package io.drillbook.core.team;

import java.util.List;
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

    /**
     * Checks that every lock this instance holds is still held. A lock whose session was lost is
     * taken again when it is still free; one that someone else took meanwhile is given up here.
     * Locks that cannot be lost (one process owns the store) need not check anything.
     *
     * @return one entry for each lock whose session had been lost, re-taken or not
     */
    default List<LockLoss> verifyHeld() {
        return List.of();
    }

    /** Releases every lock this instance still holds. */
    @Override
    void close();
}
