package io.drillbook.core.workspace;

import io.drillbook.core.model.ProtectedSystem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks of a {@link Workspace} on its own: duplicates, and policies of systems it does not define.
 * Whether releases and backup windows name known systems is checked on import, against the file
 * and the store together ({@link KnownTargets}).
 */
final class WorkspaceConsistency {
    private WorkspaceConsistency() {
    }

    static List<String> problemsOf(Workspace ws) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ProtectedSystem s : ws.systems()) {
            if (!names.add(s.name())) {
                problems.add("system '" + s.name() + "' is defined twice");
            }
        }
        ws.policies().forEach(p -> requireSystem(names, p.target().system(), "policy", problems));
        Set<String> releaseIds = new HashSet<>();
        ws.releases().stream().filter(r -> !releaseIds.add(r.id()))
                .forEach(r -> problems.add("release " + r.id() + " is defined twice"));
        Set<String> policyKeys = ws.policies().stream()
                .map(p -> p.target() + "@" + p.effectiveFrom())
                .collect(Collectors.toSet());
        if (policyKeys.size() != ws.policies().size()) {
            problems.add("two policies of one system and environment take effect on the same day");
        }
        return problems;
    }

    private static void requireSystem(Set<String> names, String system, String where, List<String> problems) {
        if (!names.contains(system)) {
            problems.add(where + " refers to unknown system '" + system + "'");
        }
    }
}
