package io.drillbook.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's clock, which the demo seeding can set back for its own thread only: the past
 * drills and playbook runs of the demo are replayed through the real runners "at" their past
 * moments, so their journals and evidence carry those times, while every other thread (the
 * console showing the first screen meanwhile) keeps reading the real time.
 */
public final class SeedingClock extends Clock {
    private final Clock real;
    private final ThreadLocal<Travel> travel;

    private record Travel(Instant at, long sinceNanos) {
    }

    private SeedingClock(Clock real, ThreadLocal<Travel> travel) {
        this.real = real;
        this.travel = travel;
    }

    /** {@code clock} itself when it already is one, else a seeding clock over it. */
    public static Clock over(Clock clock) {
        return clock instanceof SeedingClock ? clock : new SeedingClock(Objects.requireNonNull(clock), new ThreadLocal<>());
    }

    /**
     * Runs {@code work} on this thread with the clock reading {@code at} (then advancing in real
     * time); other threads are unaffected. Without a seeding clock the work runs at the real time.
     */
    public static <T> T at(Clock clock, Instant at, Supplier<T> work) {
        if (!(clock instanceof SeedingClock seeding)) {
            return work.get();
        }
        Travel before = seeding.travel.get();
        seeding.travel.set(new Travel(at, System.nanoTime()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                seeding.travel.remove();
            } else {
                seeding.travel.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Travel t = travel.get();
        return t == null ? real.instant() : t.at().plus(Duration.ofNanos(System.nanoTime() - t.sinceNanos()));
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new SeedingClock(real.withZone(zone), travel);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeedingClock other && other.real.equals(real) && other.travel == travel;
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return "SeedingClock[" + real + "]";
    }
}
