package io.drillbook.core.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Systems, policies and calendar entries. Callers record evidence through the services that use
 * this port; the repository only stores.
 */
public interface WorkspaceRepository {

    Workspace load();

    /** Adds or replaces every item of {@code workspace} in one transaction (by name or id). */
    void merge(Workspace workspace);

    List<ProtectedSystem> systems();

    List<Policy> policies();

    List<BackupWindow> backupWindows();

    List<CabMeeting> cabMeetings();

    List<Freeze> freezes();

    void saveFreeze(Freeze freeze);

    /** Maintenance windows and external entries (never blocking), by name. */
    List<CalendarNote> calendarNotes();

    /** Adds or replaces calendar notes by name in one transaction. */
    void saveCalendarNotes(List<CalendarNote> notes);

    void deleteFreeze(String name);

    Optional<Release> release(String id);

    /** Releases whose window overlaps [from, to). */
    List<Release> releasesBetween(Instant from, Instant to);

    /**
     * Stores a release. A release read at {@code version} n is saved as n+1; if someone else saved
     * it meanwhile, throws {@link ConcurrentChangeException} and stores nothing.
     */
    Release saveRelease(Release release);

    /** The policy of {@code target} in force from {@code effectiveFrom}, with its version. */
    Optional<VersionedPolicy> policy(SystemEnv target, LocalDate effectiveFrom);

    /**
     * Stores a policy read at {@code version} n as n+1 (a new one, version 0, as 1). If someone else
     * saved it meanwhile (or a new one exists already), throws {@link ConcurrentChangeException}
     * holding the stored {@link VersionedPolicy} and stores nothing.
     */
    VersionedPolicy savePolicy(VersionedPolicy edited);

    boolean isEmpty();
}
