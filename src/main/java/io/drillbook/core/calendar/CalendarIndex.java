package io.drillbook.core.calendar;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar of one range, expanded once and indexed: backup-window occurrences by system,
 * freeze occurrences, and releases by system and environment. Conflict detection, gates and the
 * free-slot search ask it "what overlaps [from, to) for this target?" in logarithmic time.
 */
public final class CalendarIndex {
    /** One occurrence of a backup window. */
    public record WindowHit(BackupWindow window, Occurrence occurrence) {
    }

    /** One occurrence of a freeze. */
    public record FreezeHit(Freeze freeze, Occurrence occurrence) {
    }

    private final Map<String, IntervalIndex<WindowHit>> windowsBySystem;
    private final IntervalIndex<FreezeHit> freezes;
    private final Map<SystemEnv, IntervalIndex<Release>> releasesByTarget;

    private CalendarIndex(Map<String, IntervalIndex<WindowHit>> windowsBySystem, IntervalIndex<FreezeHit> freezes,
                          Map<SystemEnv, IntervalIndex<Release>> releasesByTarget) {
        this.windowsBySystem = windowsBySystem;
        this.freezes = freezes;
        this.releasesByTarget = releasesByTarget;
    }

    public static CalendarIndex build(RecurrenceExpander expander, List<BackupWindow> windows, List<Freeze> freezes,
                                      List<Release> releases, Instant from, Instant to) {
        Map<String, List<IntervalIndex.Entry<WindowHit>>> bySystem = new HashMap<>();
        for (BackupWindow w : windows) {
            for (Occurrence o : expander.between(w.when(), from, to)) {
                var entry = new IntervalIndex.Entry<>(o.start(), o.end(), new WindowHit(w, o));
                w.systems().forEach(s -> bySystem.computeIfAbsent(s, k -> new ArrayList<>()).add(entry));
            }
        }
        List<IntervalIndex.Entry<FreezeHit>> freezeEntries = new ArrayList<>();
        for (Freeze f : freezes) {
            expander.between(f.when(), from, to).forEach(o -> freezeEntries.add(new IntervalIndex.Entry<>(o.start(), o.end(), new FreezeHit(f, o))));
        }
        Map<SystemEnv, List<IntervalIndex.Entry<Release>>> byTarget = new HashMap<>();
        for (Release r : releases) {
            r.targets().forEach(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(new IntervalIndex.Entry<>(r.start(), r.end(), r)));
        }
        Map<String, IntervalIndex<WindowHit>> windowIndex = new HashMap<>();
        bySystem.forEach((k, v) -> windowIndex.put(k, new IntervalIndex<>(v)));
        Map<SystemEnv, IntervalIndex<Release>> releaseIndex = new HashMap<>();
        byTarget.forEach((k, v) -> releaseIndex.put(k, new IntervalIndex<>(v)));
        return new CalendarIndex(windowIndex, new IntervalIndex<>(freezeEntries), releaseIndex);
    }

    /** Backup-window occurrences covering {@code target} that overlap {@code [from, to)}. */
    public List<WindowHit> backupWindows(SystemEnv target, Instant from, Instant to) {
        IntervalIndex<WindowHit> index = windowsBySystem.get(target.system());
        List<WindowHit> hits = new ArrayList<>();
        if (index != null) {
            index.forEachOverlapping(from, to, h -> {
                if (h.window().covers(target)) {
                    hits.add(h);
                }
            });
        }
        return hits;
    }

    /** Freeze occurrences applying to {@code environment} that overlap {@code [from, to)}. */
    public List<FreezeHit> freezes(String environment, Instant from, Instant to) {
        List<FreezeHit> hits = new ArrayList<>();
        freezes.forEachOverlapping(from, to, h -> {
            if (h.freeze().appliesTo(environment)) {
                hits.add(h);
            }
        });
        return hits;
    }

    /** Releases touching {@code target} that overlap {@code [from, to)}. */
    public List<Release> releases(SystemEnv target, Instant from, Instant to) {
        IntervalIndex<Release> index = releasesByTarget.get(target);
        return index == null ? List.of() : index.overlapping(from, to);
    }
}
