package io.drillbook.core.team;

import java.time.ZoneId;
import java.util.List;
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

    /** Takes the lock when it is free; empty when someone holds it. */
    public Optional<LockHolder> tryAcquire(String resource, String who) {
        return lock.tryAcquire(resource, who);
    }

    /** Who holds {@code resource} now, since when; empty when it is free. */
    public Optional<LockHolder> holder(String resource) {
        return lock.holder(resource);
    }

    public void release(String resource) {
        lock.release(resource);
    }

    /** See {@link RunLock#verifyHeld}. */
    public List<LockLoss> verifyHeld() {
        return lock.verifyHeld();
    }

    /** What to tell people about a lost lock, in words. */
    public String describe(LockLoss loss) {
        return loss.retaken()
                ? loss.resource() + ": its database session was lost; the lock was taken again for " + loss.holder().holder()
                : loss.resource() + " was lost by " + loss.holder().holder() + " (database session ended) and is now "
                        + (loss.nowHeldBy() == null ? "free" : loss.nowHeldBy().describe(zone)) + ": runs may overlap";
    }

    /** Releases every lock still held through this instance (a console closing mid-run must not keep them). */
    @Override
    public void close() {
        lock.close();
    }
}
