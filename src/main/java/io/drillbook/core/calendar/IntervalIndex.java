package io.drillbook.core.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Intervals sorted by start with a running maximum of their ends, so "which intervals overlap
 * [from, to)" costs a binary search plus the hits (and the few intervals that start earlier and
 * still reach into the range), not a scan of all intervals.
 */
public final class IntervalIndex<T> {
    private final long[] starts;
    private final long[] ends;
    private final long[] maxEndUpTo;
    private final List<T> items;

    /** One interval {@code [start, end)} carrying an item. */
    public record Entry<T>(Instant start, Instant end, T item) {
    }

    public IntervalIndex(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::start));
        int n = sorted.size();
        starts = new long[n];
        ends = new long[n];
        maxEndUpTo = new long[n];
        items = new ArrayList<>(n);
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Entry<T> e = sorted.get(i);
            starts[i] = e.start().toEpochMilli();
            ends[i] = e.end().toEpochMilli();
            max = Math.max(max, ends[i]);
            maxEndUpTo[i] = max;
            items.add(e.item());
        }
    }

    /** Calls {@code hit} for every item whose interval overlaps {@code [from, to)}, latest start first. */
    public void forEachOverlapping(Instant from, Instant to, Consumer<T> hit) {
        long f = from.toEpochMilli();
        long t = to.toEpochMilli();
        for (int i = lastStartBefore(t); i >= 0 && maxEndUpTo[i] > f; i--) {
            if (ends[i] > f) {
                hit.accept(items.get(i));
            }
        }
    }

    public List<T> overlapping(Instant from, Instant to) {
        List<T> out = new ArrayList<>();
        forEachOverlapping(from, to, out::add);
        return out;
    }

    public int size() {
        return items.size();
    }

    /** Index of the last interval starting before {@code t}, or -1. */
    private int lastStartBefore(long t) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
