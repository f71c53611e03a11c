package io.drillbook.core.workspace;

import io.drillbook.core.workspace.WorkspaceChange.Action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do: every item with its change, and the items to write (added and changed
 * ones only, policies with the date they take effect).
 */
public record WorkspacePlan(List<WorkspaceChange> changes, Workspace writes, WorkspaceSettings settingsWrites) {
    public WorkspacePlan {
        changes = List.copyOf(changes);
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public boolean changesNothing() {
        return count(Action.ADDED) == 0 && count(Action.CHANGED) == 0;
    }

    /**
     * The report a person reads: one line per added or changed item, then the unchanged items
     * counted by kind, then the totals.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        changes.stream().filter(c -> c.action() != Action.UNCHANGED).forEach(c -> lines.add(c.describe()));
        Map<String, Integer> unchanged = new LinkedHashMap<>();
        changes.stream().filter(c -> c.action() == Action.UNCHANGED).forEach(c -> unchanged.merge(c.kind(), 1, Integer::sum));
        if (!unchanged.isEmpty()) {
            List<String> parts = new ArrayList<>();
            unchanged.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : "s")));
            lines.add("unchanged: " + String.join(", ", parts));
        }
        lines.add(count(Action.ADDED) + " added, " + count(Action.CHANGED) + " changed, " + count(Action.UNCHANGED) + " unchanged");
        return lines;
    }

    /** The changes as evidence payload: each added or changed item's line. */
    public List<String> changedLines() {
        return changes.stream().filter(c -> c.action() != Action.UNCHANGED).map(WorkspaceChange::describe).toList();
    }
}
