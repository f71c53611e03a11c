package io.drillbook.core.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a team reviews as code: systems with their policies, backup windows, CAB meetings,
 * freezes and releases. The shape of {@code import workspace} / {@code export workspace}.
 */
public record Workspace(List<ProtectedSystem> systems, List<Policy> policies, List<BackupWindow> backupWindows,
                        List<CabMeeting> cabMeetings, List<Freeze> freezes, List<Release> releases) {

    public Workspace {
        systems = List.copyOf(systems);
        policies = List.copyOf(policies);
        backupWindows = List.copyOf(backupWindows);
        cabMeetings = List.copyOf(cabMeetings);
        freezes = List.copyOf(freezes);
        releases = List.copyOf(releases);
    }

    public static Workspace empty() {
        return new Workspace(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Every system/environment pair that has a policy. */
    public Set<SystemEnv> targets() {
        Set<SystemEnv> result = new HashSet<>();
        policies.forEach(p -> result.add(p.target()));
        return result;
    }

    /**
     * Problems that make the workspace inconsistent (references to unknown systems, duplicates).
     * Empty when it is consistent.
     */
    public List<String> problems() {
        return WorkspaceConsistency.problemsOf(this);
    }
}
