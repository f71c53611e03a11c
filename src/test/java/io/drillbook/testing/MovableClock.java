package io.drillbook.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Real time that tests can also move forward, e.g. while a person "does" a manual step. */
public class MovableClock extends Clock {
    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    public MovableClock(Instant start) {
        this.start = start;
    }

    public void advance(Duration by) {
        skipped.updateAndGet(d -> d.plus(by));
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(skipped.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
