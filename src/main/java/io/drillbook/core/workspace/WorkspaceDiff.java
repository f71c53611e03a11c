package io.drillbook.core.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a workspace file with the store and says what an import does with each item. Items are
 * matched by name (releases by id); policies by their target, as {@link PolicyDiff} describes.
 */
public final class WorkspaceDiff {
    private WorkspaceDiff() {
    }

    public static WorkspacePlan plan(Workspace stored, WorkspaceSettings storedSettings, WorkspaceImport incoming, LocalDate today) {
        List<WorkspaceChange> changes = new ArrayList<>();
        Workspace in = incoming.content();
        List<ProtectedSystem> systems = compare("system", stored.systems(), in.systems(), ProtectedSystem::name, Set.of(), changes);
        PolicyDiff policies = new PolicyDiff(stored.policies(), today);
        in.policies().forEach(p -> policies.add(p, incoming.isUndated(p), in.policies(), changes));
        List<BackupWindow> windows = compare("backup window", stored.backupWindows(), in.backupWindows(), BackupWindow::name, Set.of(), changes);
        List<CabMeeting> meetings = compare("CAB meeting", stored.cabMeetings(), in.cabMeetings(), CabMeeting::title, Set.of(), changes);
        List<Freeze> freezes = compare("freeze", stored.freezes(), in.freezes(), Freeze::name, Set.of(), changes);
        List<Release> releases = compare("release", stored.releases(), in.releases(), Release::id, Set.of("version"), changes);
        WorkspaceSettings s = incoming.settings();
        WorkspaceSettings settingsWrites = new WorkspaceSettings(
                compare("connection profile", storedSettings.connections(), s.connections(), c -> c.name(), Set.of(), changes),
                compare("storage profile", storedSettings.storage(), s.storage(), p -> p.name(), Set.of(), changes),
                compare("refresh source", storedSettings.refreshSources(), s.refreshSources(), r -> r.name(), Set.of(), changes),
                compare("trusted host key", storedSettings.hostKeys(), s.hostKeys(), PinnedHostKey::hostPattern, Set.of(), changes),
                compare("secret reference", storedSettings.secrets(), s.secrets(), b -> b.profile() + " " + b.purpose().name()
                        .toLowerCase().replace('_', ' '), Set.of(), changes));
        return new WorkspacePlan(changes, new Workspace(systems, policies.writes(), windows, meetings, freezes, releases),
                settingsWrites);
    }

    /** Adds a change for each incoming item and returns those to write (added or changed). */
    private static <T extends Record> List<T> compare(String kind, List<T> stored, List<T> incoming, Function<T, String> key,
                                                      Set<String> ignored, List<WorkspaceChange> changes) {
        Map<String, T> byKey = new LinkedHashMap<>();
        stored.forEach(item -> byKey.put(key.apply(item), item));
        List<T> writes = new ArrayList<>();
        for (T item : incoming) {
            T before = byKey.get(key.apply(item));
            if (before == null) {
                changes.add(WorkspaceChange.added(kind, key.apply(item), ""));
                writes.add(item);
                continue;
            }
            List<String> differences = RecordDiff.between(before, item, ignored);
            if (differences.isEmpty()) {
                changes.add(WorkspaceChange.unchanged(kind, key.apply(item)));
            } else {
                changes.add(WorkspaceChange.changed(kind, key.apply(item), differences, ""));
                writes.add(item);
            }
        }
        return writes;
    }
}
