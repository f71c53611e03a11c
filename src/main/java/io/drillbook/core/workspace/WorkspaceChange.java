package io.drillbook.core.workspace;

import java.util.List;

/**
 * One item of an import compared with the store: added, changed (with each field's old and new
 * value) or unchanged.
 *
 * @param kind        what it is: system, policy, backup window, CAB meeting, freeze, release, ...
 * @param key         its name or id
 * @param differences {@code field old → new}, for a change
 * @param note        what else a person should know (when a policy takes effect), may be empty
 */
public record WorkspaceChange(Action action, String kind, String key, List<String> differences, String note) {

    /** What the import does with the item. */
    public enum Action { ADDED, CHANGED, UNCHANGED }

    public WorkspaceChange {
        differences = List.copyOf(differences);
        note = note == null ? "" : note;
    }

    static WorkspaceChange added(String kind, String key, String note) {
        return new WorkspaceChange(Action.ADDED, kind, key, List.of(), note);
    }

    static WorkspaceChange changed(String kind, String key, List<String> differences, String note) {
        return new WorkspaceChange(Action.CHANGED, kind, key, differences, note);
    }

    static WorkspaceChange unchanged(String kind, String key) {
        return new WorkspaceChange(Action.UNCHANGED, kind, key, List.of(), "");
    }

    /** One line: {@code changed policy shop/prod: rto PT4H → PT8H (in force from 2026-12-04)}. */
    public String describe() {
        StringBuilder line = new StringBuilder(action.name().toLowerCase()).append(' ').append(kind).append(' ').append(key);
        if (!differences.isEmpty()) {
            line.append(": ").append(String.join(", ", differences));
        }
        if (!note.isEmpty()) {
            line.append(" (").append(note).append(')');
        }
        return line.toString();
    }
}
