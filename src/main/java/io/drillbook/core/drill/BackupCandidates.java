package io.drillbook.core.drill;

import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.model.Backup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The backups one drill may restore, read from where its plan says they come from: the inventory
 * ({@link InventoryCandidates}) or a listing of an object-store prefix ({@link ListedCandidates}).
 * {@link BackupSelector} applies the pick rules to either the same way.
 */
public interface BackupCandidates {

    /** Where the candidates were read, for messages and evidence, e.g. "the inventory". */
    String origin();

    /** Succeeded backups, newest first (the inventory gives at most {@link BackupSelector#SEARCH_LIMIT}). */
    List<Backup> newest();

    /** The backup with that id (any status), or empty. */
    Optional<Backup> byId(String id);

    /** Succeeded backups completed in [from, to). */
    List<Backup> completedBetween(Instant from, Instant to);

    /** The listed object behind {@code backup}; empty for the inventory. */
    default Optional<ObjectSummary> object(Backup backup) {
        return Optional.empty();
    }

    /** Extra words for an error when nothing fits (what was listed and why it did not count), or "". */
    default String explanation() {
        return "";
    }
}
