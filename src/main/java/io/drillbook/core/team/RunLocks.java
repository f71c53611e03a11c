package io.drillbook.core.team;

import java.time.ZoneId;
import java.util.Optional;

/** Takes run locks or explains the refusal in words: "playbook-run:shop/prod is held by alice@host since 10:02". */
public final class RunLocks implements AutoCloseable {
    private final RunLock lock;
    private final ZoneId zone;

    public RunLocks(RunLock lock, ZoneId zone) {
        this.lock = lock;
        this.zone = zone;
    }

    /** Takes the lock or throws {@link RunLockedException} naming the holder. */
    public LockHolder acquire(String resource, String who) {
        Optional<LockHolder> taken = lock.tryAcquire(resource, who);
        if (taken.isPresent()) {
            return taken.get();
        }
        LockHolder current = lock.holder(resource).orElse(null);
        String by = current == null ? "held by another console" : current.describe(zone);
        throw new RunLockedException(resource + " is " + by, current);
    }

    public void release(String resource) {
        lock.release(resource);
    }

    /** Releases every lock still held through this instance (a console closing mid-run must not keep them). */
    @Override
    public void close() {
        lock.close();
    }
}
