package io.drillbook.core.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The systems and environments a workspace file's calendar entries refer to. */
final class WorkspaceReferences {
    private final Set<SystemEnv> targets = new LinkedHashSet<>();
    private final Set<String> systemsOnly = new LinkedHashSet<>();
    private final Set<String> environmentsOnly = new LinkedHashSet<>();

    WorkspaceReferences(Workspace ws) {
        for (Release r : ws.releases()) {
            targets.addAll(r.targets());
        }
        for (BackupWindow w : ws.backupWindows()) {
            if (w.environments().isEmpty()) {
                systemsOnly.addAll(w.systems());
            }
            w.systems().forEach(s -> w.environments().forEach(e -> targets.add(new SystemEnv(s, e))));
        }
        for (Freeze f : ws.freezes()) {
            environmentsOnly.addAll(f.environments());
        }
    }

    Set<SystemEnv> targets() {
        return targets;
    }

    /** Unknown systems named without an environment, and environments no system has: never created. */
    List<String> uncreatable(KnownTargets known) {
        List<String> out = new ArrayList<>();
        systemsOnly.stream().filter(s -> !known.knowsSystem(s)).forEach(s -> out.add("unknown system '" + s + "'"));
        environmentsOnly.stream().filter(e -> !known.knowsEnvironment(e))
                .forEach(e -> out.add("unknown environment '" + e + "' (no system has a policy for it)"));
        return out;
    }
}
