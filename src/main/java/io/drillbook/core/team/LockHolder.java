package io.drillbook.core.team;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Who holds a run lock, since when.
 *
 * @param resource what is locked, e.g. {@code playbook-run:shop/prod}
 * @param holder   who holds it, e.g. {@code alice@ops-laptop}
 */
public record LockHolder(String resource, String holder, Instant since) {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    public LockHolder {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(since, "since");
    }

    /** "held by alice@host since 10:02", in the reader's time zone. */
    public String describe(ZoneId zone) {
        return "held by " + holder + " since " + CLOCK_TIME.format(since.atZone(zone));
    }
}
