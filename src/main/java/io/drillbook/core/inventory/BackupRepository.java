package io.drillbook.core.inventory;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The backup inventory. */
public interface BackupRepository {

    /**
     * Stores backups not seen before (same target, source and external id) and updates the status
     * of those seen before; returns how many were new.
     */
    int addAll(Collection<Backup> backups);

    /** Backups of one target completed or started in [from, to), oldest first. */
    List<Backup> between(SystemEnv target, Instant from, Instant to);

    /** The newest backups of one target, newest first. */
    List<Backup> newest(SystemEnv target, int limit);

    /**
     * The target's newest backup completed at or before {@code notAfter}, whatever its status; empty
     * when none. The release gates ask this once per target, so it must not read the whole history.
     */
    Optional<Backup> newestCompletedBy(SystemEnv target, Instant notAfter);

    /** As {@link #newestCompletedBy}, among the backups that succeeded. */
    Optional<Backup> newestSucceededBy(SystemEnv target, Instant notAfter);

    Optional<Backup> byExternalId(SystemEnv target, String externalId);

    void markVerified(SystemEnv target, String externalId);

    /** The target's backups that passed a drill, newest first. */
    List<Backup> verified(SystemEnv target, int limit);

    long count();
}
