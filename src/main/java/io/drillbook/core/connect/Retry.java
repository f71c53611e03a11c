package io.drillbook.core.connect;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries a read that failed for a passing reason (throttling, a dropped connection) with
 * exponential backoff. Anything else fails at once.
 */
public final class Retry {
    private final int attempts;
    private final Duration firstDelay;
    private final Sleeper sleeper;

    /** Pauses between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Retry(int attempts, Duration firstDelay, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstDelay = firstDelay;
        this.sleeper = sleeper;
    }

    public static Retry standard() {
        return new Retry(4, Duration.ofMillis(200), d -> Thread.sleep(d.toMillis()));
    }

    public <T> T read(String what, Supplier<T> call) {
        Duration delay = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ObjectStoreException e) {
                if (!e.retryable() || attempt >= attempts) {
                    throw e;
                }
                pause(what, delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    private void pause(String what, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(what + ": interrupted while waiting to retry", e);
        }
    }
}
