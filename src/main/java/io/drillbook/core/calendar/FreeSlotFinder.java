package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The next windows, within 90 days, in which a release of a given length touching given systems
 * and environments clashes with no backup window, freeze or other release; optionally only inside
 * allowed change windows. Candidates lie on a grid (15 minutes by default); after a clash the
 * search jumps past the clashing interval instead of stepping through it. Slots do not overlap.
 */
public final class FreeSlotFinder {
    public static final Duration HORIZON = Duration.ofDays(90);

    private final RecurrenceExpander expander;
    private final Duration grid;

    /** A free interval {@code [start, end)}. */
    public record Slot(Instant start, Instant end) {
    }

    public FreeSlotFinder(RecurrenceExpander expander, Duration grid) {
        this.expander = expander;
        this.grid = grid;
    }

    /**
     * Up to {@code wanted} slots of {@code length} from {@code from} on, within {@link #HORIZON}, inside
     * occurrences of {@code allowed} when given.
     */
    public List<Slot> find(Duration length, List<SystemEnv> targets, Instant from, int wanted, Optional<Recurrence> allowed,
                           CalendarEntries calendar) {
        Instant until = from.plus(HORIZON);
        CalendarIndex index = CalendarIndex.build(expander, calendar.backupWindows(), calendar.freezes(),
                calendar.releases(), from, until.plus(length));
        List<Slot> slots = new ArrayList<>();
        for (Slot span : allowedSpans(allowed, from, until)) {
            Instant candidate = onGrid(span.start().isBefore(from) ? from : span.start());
            while (slots.size() < wanted && !candidate.plus(length).isAfter(span.end()) && candidate.isBefore(until)) {
                Optional<Instant> blockedUntil = blockedUntil(index, targets, candidate, candidate.plus(length));
                if (blockedUntil.isEmpty()) {
                    slots.add(new Slot(candidate, candidate.plus(length)));
                    candidate = onGrid(candidate.plus(length));
                } else {
                    candidate = onGrid(blockedUntil.get());
                }
            }
        }
        return slots;
    }

    private List<Slot> allowedSpans(Optional<Recurrence> allowed, Instant from, Instant until) {
        if (allowed.isEmpty()) {
            return List.of(new Slot(from, until.plus(Duration.ofDays(1))));
        }
        return expander.between(allowed.get(), from, until).stream().map(o -> new Slot(o.start(), o.end())).toList();
    }

    /** The latest end of anything clashing with {@code [start, end)}, or empty when it is free. */
    private static Optional<Instant> blockedUntil(CalendarIndex index, List<SystemEnv> targets, Instant start, Instant end) {
        Instant latest = null;
        for (SystemEnv t : targets) {
            for (CalendarIndex.WindowHit h : index.backupWindows(t, start, end)) {
                latest = later(latest, h.occurrence().end());
            }
            for (CalendarIndex.FreezeHit h : index.freezes(t.environment(), start, end)) {
                latest = later(latest, h.occurrence().end());
            }
            for (Release r : index.releases(t, start, end)) {
                latest = later(latest, r.end());
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private Instant onGrid(Instant t) {
        long step = grid.toMillis();
        long ms = t.toEpochMilli();
        long rounded = Math.floorDiv(ms + step - 1, step) * step;
        return Instant.ofEpochMilli(rounded);
    }
}
