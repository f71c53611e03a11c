package io.drillbook.testing.fakes;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.ConcurrentChangeException;
import io.drillbook.core.workspace.VersionedPolicy;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Systems, policies and calendar entries in sorted maps, with the JDBC adapter's optimistic
 * versions: a release or policy saved at a stale version is refused.
 */
public final class InMemoryWorkspaceRepository implements WorkspaceRepository, InMemoryTransactions.Snapshotting {
    private static final Comparator<Release> BY_START = Comparator.comparing(Release::start).thenComparing(Release::id);
    private State state = new State();

    /** Everything stored, copied whole for snapshots. */
    private static final class State {
        final TreeMap<String, ProtectedSystem> systems = new TreeMap<>();
        final TreeMap<String, VersionedPolicy> policies = new TreeMap<>();
        final TreeMap<String, BackupWindow> windows = new TreeMap<>();
        final TreeMap<String, CabMeeting> meetings = new TreeMap<>();
        final TreeMap<String, Freeze> freezes = new TreeMap<>();
        final TreeMap<String, CalendarNote> notes = new TreeMap<>();
        final TreeMap<String, Release> releases = new TreeMap<>();

        State copy() {
            State s = new State();
            s.systems.putAll(systems);
            s.policies.putAll(policies);
            s.windows.putAll(windows);
            s.meetings.putAll(meetings);
            s.freezes.putAll(freezes);
            s.notes.putAll(notes);
            s.releases.putAll(releases);
            return s;
        }
    }

    private static String key(SystemEnv target, LocalDate from) {
        return target.system() + "\u0000" + target.environment() + "\u0000" + from;
    }

    @Override
    public synchronized Workspace load() {
        return new Workspace(systems(), policies(), backupWindows(), cabMeetings(), freezes(),
                state.releases.values().stream().sorted(BY_START).toList());
    }

    @Override
    public synchronized void merge(Workspace ws) {
        ws.systems().forEach(s -> state.systems.put(s.name(), s));
        for (Policy p : ws.policies()) {
            VersionedPolicy stored = state.policies.get(key(p.target(), p.effectiveFrom()));
            state.policies.put(key(p.target(), p.effectiveFrom()), new VersionedPolicy(p, stored == null ? 1 : stored.version() + 1));
        }
        ws.backupWindows().forEach(w -> state.windows.put(w.name(), w));
        ws.cabMeetings().forEach(m -> state.meetings.put(m.title(), m));
        ws.freezes().forEach(f -> state.freezes.put(f.name(), f));
        for (Release r : ws.releases()) {
            Release stored = state.releases.get(r.id());
            state.releases.put(r.id(), r.withVersion(stored == null ? 1 : stored.version() + 1));
        }
    }

    @Override
    public synchronized List<ProtectedSystem> systems() {
        return new ArrayList<>(state.systems.values());
    }

    @Override
    public synchronized List<Policy> policies() {
        return state.policies.values().stream().map(VersionedPolicy::policy).toList();
    }

    @Override
    public synchronized List<BackupWindow> backupWindows() {
        return new ArrayList<>(state.windows.values());
    }

    @Override
    public synchronized List<CabMeeting> cabMeetings() {
        return new ArrayList<>(state.meetings.values());
    }

    @Override
    public synchronized List<Freeze> freezes() {
        return new ArrayList<>(state.freezes.values());
    }

    @Override
    public synchronized void saveFreeze(Freeze freeze) {
        state.freezes.put(freeze.name(), freeze);
    }

    @Override
    public synchronized List<CalendarNote> calendarNotes() {
        return new ArrayList<>(state.notes.values());
    }

    @Override
    public synchronized void saveCalendarNotes(List<CalendarNote> notes) {
        notes.forEach(n -> state.notes.put(n.name(), n));
    }

    @Override
    public synchronized void deleteFreeze(String name) {
        state.freezes.remove(name);
    }

    @Override
    public synchronized Optional<Release> release(String id) {
        return Optional.ofNullable(state.releases.get(id));
    }

    @Override
    public synchronized List<Release> releasesBetween(Instant from, Instant to) {
        return state.releases.values().stream().filter(r -> r.start().isBefore(to) && r.end().isAfter(from)).sorted(BY_START).toList();
    }

    @Override
    public synchronized Release saveRelease(Release release) {
        Release stored = state.releases.get(release.id());
        if (stored == null) {
            Release saved = release.withVersion(1);
            state.releases.put(release.id(), saved);
            return saved;
        }
        if (stored.version() != release.version()) {
            throw new ConcurrentChangeException("release " + release.id() + " was changed by someone else (yours: version "
                    + release.version() + ", stored: version " + stored.version() + ")", stored);
        }
        Release saved = release.withVersion(release.version() + 1);
        state.releases.put(release.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<VersionedPolicy> policy(SystemEnv target, LocalDate effectiveFrom) {
        return Optional.ofNullable(state.policies.get(key(target, effectiveFrom)));
    }

    @Override
    public synchronized VersionedPolicy savePolicy(VersionedPolicy edited) {
        Policy p = edited.policy();
        VersionedPolicy stored = state.policies.get(key(p.target(), p.effectiveFrom()));
        boolean accepted = edited.version() == 0 ? stored == null : stored != null && stored.version() == edited.version();
        if (!accepted) {
            throw new ConcurrentChangeException("policy of " + p.target() + " from " + p.effectiveFrom()
                    + " was changed by someone else (yours: version " + edited.version() + ", stored: "
                    + (stored == null ? "none" : "version " + stored.version()) + ")", stored);
        }
        VersionedPolicy saved = new VersionedPolicy(p, edited.version() + 1);
        state.policies.put(key(p.target(), p.effectiveFrom()), saved);
        return saved;
    }

    @Override
    public synchronized boolean isEmpty() {
        return state.systems.isEmpty();
    }

    @Override
    public synchronized Runnable snapshot() {
        State saved = state.copy();
        return () -> {
            synchronized (this) {
                state = saved;
            }
        };
    }
}
