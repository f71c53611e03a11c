package io.drillbook.core.team;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.work.Schedulers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Checks now and then that the run locks this console holds are still held (see
 * {@link RunLock#verifyHeld}): on a shared server a lock lives as long as its database session. A
 * lock taken again is recorded as {@code lock.retaken}; one that another console took meanwhile
 * as {@code lock.lost}, and the people watching are told in words, since two runs may now overlap.
 */
public final class LockWatch implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(LockWatch.class);

    private final RunLocks locks;
    private final EvidenceLog evidence;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;

    public LockWatch(RunLocks locks, EvidenceLog evidence) {
        this.locks = locks;
        this.evidence = evidence;
    }

    /** Checks every {@code period} on a daemon thread until closed. */
    public synchronized LockWatch every(Duration period) {
        if (timer == null) {
            timer = Schedulers.daemon("drillbook-lock-watch");
            timer.scheduleWithFixedDelay(this::checkQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** {@code listener} hears what happened to a lost lock, in words; it is called on the watch's thread. */
    public void onLoss(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Checks the locks now; records and tells of every loss. */
    public List<LockLoss> checkNow() {
        List<LockLoss> losses = locks.verifyHeld();
        for (LockLoss loss : losses) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("holder", loss.holder().holder());
            payload.put("since", loss.holder().since().toString());
            if (loss.nowHeldBy() != null) {
                payload.put("nowHeldBy", loss.nowHeldBy().holder());
            }
            evidence.recordAs(AccessPolicy.SYSTEM, loss.retaken() ? "lock.retaken" : "lock.lost", loss.resource(), payload);
            String words = locks.describe(loss);
            listeners.forEach(l -> l.accept(words));
        }
        return losses;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOGGER.warn("Checking the run locks failed; trying again at the next check", e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
