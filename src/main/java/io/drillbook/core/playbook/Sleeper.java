package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between polls and retries; a cancel ends the wait at once. */
@FunctionalInterface
public interface Sleeper {

    /** @throws CancellationToken.CancelledException when cancelled before or while waiting */
    void sleep(Duration duration, CancellationToken cancel);

    /** Waits on a latch that the token's cancel releases. */
    static Sleeper cancellable() {
        return (duration, cancel) -> {
            cancel.throwIfCancelled();
            CountDownLatch released = new CountDownLatch(1);
            cancel.onCancel(released::countDown);
            try {
                released.await(duration.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationToken.CancelledException();
            }
            cancel.throwIfCancelled();
        };
    }
}
