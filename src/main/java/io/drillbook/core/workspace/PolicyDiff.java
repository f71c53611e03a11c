package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What importing policies means. A policy written without {@code effectiveFrom} takes effect
 * today, and the one in force until now stays as history; it is unchanged (and adds nothing) when
 * its terms equal the policy in force. The first policy of a target, written without a date, has
 * always been in force. A dated policy is matched by its date; one that took effect before today
 * is history and an import never rewrites it.
 */
final class PolicyDiff {
    private static final Set<String> IDENTITY = Set.of("target", "effectiveFrom");

    private final List<Policy> stored;
    private final LocalDate today;
    private final List<Policy> writes = new ArrayList<>();

    PolicyDiff(List<Policy> stored, LocalDate today) {
        this.stored = stored;
        this.today = today;
    }

    List<Policy> writes() {
        return writes;
    }

    void add(Policy p, boolean undated, List<Policy> inFile, List<WorkspaceChange> changes) {
        if (undated) {
            addUndated(p, inFile, changes);
        } else {
            addDated(p, changes);
        }
    }

    private void addUndated(Policy p, List<Policy> inFile, List<WorkspaceChange> changes) {
        String key = p.target().toString();
        boolean hasEarlier = !of(p.target()).isEmpty()
                || inFile.stream().anyMatch(o -> o.target().equals(p.target()) && o != p);
        if (!hasEarlier) {
            writes.add(p);
            changes.add(WorkspaceChange.added("policy", key, "in force from the start"));
            return;
        }
        Optional<Policy> inForce = inForce(p.target());
        Policy dated = at(p, today);
        if (inForce.isPresent() && sameTerms(inForce.get(), p)) {
            changes.add(WorkspaceChange.unchanged("policy", key));
            return;
        }
        writes.add(dated);
        if (inForce.isEmpty()) {
            changes.add(WorkspaceChange.added("policy", key, "in force from " + today));
            return;
        }
        String history = inForce.filter(old -> !old.effectiveFrom().equals(today))
                .map(old -> "; the policy in force from " + old.effectiveFrom() + " stays as history").orElse("");
        changes.add(WorkspaceChange.changed("policy", key, RecordDiff.between(inForce.get(), dated, IDENTITY),
                "in force from " + today + history));
    }

    private void addDated(Policy p, List<WorkspaceChange> changes) {
        String key = p.target() + " from " + p.effectiveFrom();
        Optional<Policy> same = of(p.target()).stream().filter(s -> s.effectiveFrom().equals(p.effectiveFrom())).findFirst();
        if (same.isPresent() && sameTerms(same.get(), p)) {
            changes.add(WorkspaceChange.unchanged("policy", key));
            return;
        }
        boolean history = p.effectiveFrom().isBefore(today) && !of(p.target()).isEmpty();
        if (history) {
            throw new IllegalArgumentException("policy " + key + " would " + (same.isPresent() ? "rewrite" : "add to")
                    + " history, which an import never does: leave out effectiveFrom (the policy then takes effect today)"
                    + " or give a date from " + today + " on");
        }
        writes.add(p);
        changes.add(same.map(old -> WorkspaceChange.changed("policy", key, RecordDiff.between(old, p, IDENTITY), ""))
                .orElseGet(() -> WorkspaceChange.added("policy", key, "")));
    }

    private List<Policy> of(SystemEnv target) {
        return stored.stream().filter(s -> s.target().equals(target)).toList();
    }

    private Optional<Policy> inForce(SystemEnv target) {
        return of(target).stream().filter(s -> !s.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(Policy::effectiveFrom));
    }

    static boolean sameTerms(Policy a, Policy b) {
        return RecordDiff.between(a, b, IDENTITY).isEmpty();
    }

    private static Policy at(Policy p, LocalDate from) {
        return new Policy(p.target(), from, p.rpo(), p.rto(), p.drillEvery(), p.preReleaseBackupAge(), p.warnShare());
    }
}
