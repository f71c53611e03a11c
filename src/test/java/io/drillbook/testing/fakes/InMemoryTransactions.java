package io.drillbook.testing.fakes;

import io.drillbook.core.evidence.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link Transactions} over in-memory fakes: a unit of work runs alone (one at a time) and, when it
 * throws, every participating fake is put back to the state it had before the unit began. Nested
 * units join the outer one, as with the JDBC adapter.
 */
public final class InMemoryTransactions implements Transactions {
    private final List<Snapshotting> participants = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();

    /** Makes {@code fake}'s writes part of every unit of work run here. */
    public <T extends Snapshotting> T enlist(T fake) {
        participants.add(fake);
        return fake;
    }

    @Override
    public void inOne(Runnable work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                work.run();
                return;
            }
            List<Runnable> undo = new ArrayList<>();
            participants.forEach(p -> undo.add(p.snapshot()));
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                undo.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** A fake whose whole state can be captured and put back. */
    public interface Snapshotting {
        /** Captures the current state; running the result restores it. */
        Runnable snapshot();
    }
}
