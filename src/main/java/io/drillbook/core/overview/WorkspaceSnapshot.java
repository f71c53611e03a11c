package io.drillbook.core.overview;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.VersionedPolicy;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace read once for one overview: systems, policies and calendar entries are fetched on
 * first use and kept, so judging forty releases' gates reads the thousand policies once, not forty
 * times. Read-only; releases are read through, as they are asked for one by one.
 */
final class WorkspaceSnapshot implements WorkspaceRepository {
    private final WorkspaceRepository store;
    private final Supplier<List<ProtectedSystem>> systems;
    private final Supplier<List<Policy>> policies;
    private final Supplier<List<BackupWindow>> backupWindows;
    private final Supplier<List<CabMeeting>> cabMeetings;
    private final Supplier<List<Freeze>> freezes;
    private final Supplier<List<CalendarNote>> notes;

    WorkspaceSnapshot(WorkspaceRepository store) {
        this.store = store;
        this.systems = once(store::systems);
        this.policies = once(store::policies);
        this.backupWindows = once(store::backupWindows);
        this.cabMeetings = once(store::cabMeetings);
        this.freezes = once(store::freezes);
        this.notes = once(store::calendarNotes);
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    @Override
    public Workspace load() {
        return store.load();
    }

    @Override
    public List<ProtectedSystem> systems() {
        return systems.get();
    }

    @Override
    public List<Policy> policies() {
        return policies.get();
    }

    @Override
    public List<BackupWindow> backupWindows() {
        return backupWindows.get();
    }

    @Override
    public List<CabMeeting> cabMeetings() {
        return cabMeetings.get();
    }

    @Override
    public List<Freeze> freezes() {
        return freezes.get();
    }

    @Override
    public List<CalendarNote> calendarNotes() {
        return notes.get();
    }

    @Override
    public Optional<Release> release(String id) {
        return store.release(id);
    }

    @Override
    public List<Release> releasesBetween(Instant from, Instant to) {
        return store.releasesBetween(from, to);
    }

    @Override
    public Optional<VersionedPolicy> policy(SystemEnv target, LocalDate effectiveFrom) {
        return store.policy(target, effectiveFrom);
    }

    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public void merge(Workspace workspace) {
        throw readOnly();
    }

    @Override
    public void saveFreeze(Freeze freeze) {
        throw readOnly();
    }

    @Override
    public void saveCalendarNotes(List<CalendarNote> list) {
        throw readOnly();
    }

    @Override
    public void deleteFreeze(String name) {
        throw readOnly();
    }

    @Override
    public Release saveRelease(Release release) {
        throw readOnly();
    }

    @Override
    public VersionedPolicy savePolicy(VersionedPolicy edited) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the overview's snapshot of the workspace is read-only");
    }
}
