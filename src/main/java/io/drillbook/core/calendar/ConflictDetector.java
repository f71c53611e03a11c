package io.drillbook.core.calendar;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what each release clashes with: backup windows of the systems it touches, freezes and
 * active recoveries, other releases on the same system and environment, missing or late CAB
 * approval. Windows are expanded once over the releases' span and indexed ({@link CalendarIndex}).
 */
public final class ConflictDetector {
    private final RecurrenceExpander expander;

    public ConflictDetector(RecurrenceExpander expander) {
        this.expander = expander;
    }

    /** Conflicts of every release in {@code releases}, checked against each other and the calendar. */
    public List<Conflict> detect(List<Release> releases, List<BackupWindow> windows, List<Freeze> freezes) {
        if (releases.isEmpty()) {
            return List.of();
        }
        Instant from = releases.stream().map(Release::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = releases.stream().map(Release::end).max(Comparator.naturalOrder()).orElseThrow();
        CalendarIndex index = CalendarIndex.build(expander, windows, freezes, releases, from, to);
        List<Conflict> all = new ArrayList<>();
        releases.forEach(r -> all.addAll(conflictsOf(r, index)));
        return all;
    }

    /** Conflicts of one release against an index that covers its window. */
    public List<Conflict> conflictsOf(Release release, CalendarIndex index) {
        Set<Conflict> found = new LinkedHashSet<>();
        for (SystemEnv target : release.targets()) {
            backupWindowConflicts(release, target, index, found);
            releaseConflicts(release, target, index, found);
        }
        release.environments().forEach(env -> freezeConflicts(release, env, index, found));
        cabConflicts(release, found);
        return List.copyOf(found);
    }

    private static void backupWindowConflicts(Release r, SystemEnv target, CalendarIndex index, Set<Conflict> out) {
        for (CalendarIndex.WindowHit hit : index.backupWindows(target, r.start(), r.end())) {
            String reason = r.id() + " (" + Times.utcRange(r.start(), r.end()) + ") overlaps backup window '"
                    + hit.window().name() + "' of " + target + " (" + Times.localRange(hit.occurrence(), hit.window().when().zone()) + ")";
            out.add(new Conflict(r.id(), ConflictKind.BACKUP_WINDOW, reason, hit.window().name(), hit.occurrence().start(), hit.occurrence().end()));
        }
    }

    private static void releaseConflicts(Release r, SystemEnv target, CalendarIndex index, Set<Conflict> out) {
        for (Release other : index.releases(target, r.start(), r.end())) {
            if (!other.id().equals(r.id())) {
                String reason = r.id() + " (" + Times.utcRange(r.start(), r.end()) + ") overlaps " + other.id()
                        + " (" + Times.utcRange(other.start(), other.end()) + ") on " + target;
                out.add(new Conflict(r.id(), ConflictKind.RELEASE_OVERLAP, reason, other.id(), other.start(), other.end()));
            }
        }
    }

    private static void freezeConflicts(Release r, String env, CalendarIndex index, Set<Conflict> out) {
        for (CalendarIndex.FreezeHit hit : index.freezes(env, r.start(), r.end())) {
            Freeze f = hit.freeze();
            ConflictKind kind = f.activeRecovery() ? ConflictKind.ACTIVE_RECOVERY : ConflictKind.FREEZE;
            String what = f.activeRecovery() ? "active recovery '" : "freeze '";
            String why = f.reason().isBlank() ? "" : ": " + f.reason();
            String reason = r.id() + " (" + Times.utcRange(r.start(), r.end()) + ") falls in " + what + f.name() + "' ("
                    + Times.localRange(hit.occurrence(), f.when().zone()) + ") for " + env + why;
            out.add(new Conflict(r.id(), kind, reason, f.name(), hit.occurrence().start(), hit.occurrence().end()));
        }
    }

    private static void cabConflicts(Release r, Set<Conflict> out) {
        String risk = r.risk().name().toLowerCase(java.util.Locale.ROOT);
        if (r.risk().needsCabApproval() && r.cab() == null) {
            out.add(new Conflict(r.id(), ConflictKind.CAB_APPROVAL_MISSING,
                    r.id() + " is a " + risk + " change and has no CAB approval", "", r.start(), r.end()));
        } else if (r.cab() != null && r.cab().approvedAt().isAfter(r.start())) {
            out.add(new Conflict(r.id(), ConflictKind.CAB_APPROVAL_LATE, r.id() + " was approved by " + r.cab().approvedBy()
                    + " at " + Times.utc(r.cab().approvedAt()) + ", after its window started at " + Times.utc(r.start()), "", r.start(), r.end()));
        }
    }
}
