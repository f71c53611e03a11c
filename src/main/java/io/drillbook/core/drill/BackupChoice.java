package io.drillbook.core.drill;

import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.model.Backup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The backup a drill restores and how it was found: where the candidates came from, how many there
 * were, how it was picked, and for a listed backup the object as the listing showed it. Recorded
 * in the run's {@code drill.started} evidence.
 *
 * @param how        e.g. "latest", "id", "chosen by the operator"
 * @param candidates how many candidates there were; -1 when not counted
 * @param object     the listed object; null when the backup came from the inventory
 */
public record BackupChoice(Backup backup, String origin, String how, int candidates, ObjectSummary object) {

    public BackupChoice {
        Objects.requireNonNull(backup, "backup");
        origin = origin == null ? "" : origin;
        how = how == null ? "" : how;
    }

    /** A backup handed over as is (the inventory's, picked by the caller). */
    public static BackupChoice given(Backup backup) {
        return new BackupChoice(backup, "the inventory", "given", -1, null);
    }

    /** {@code backup} out of {@code from}, picked {@code how}. */
    public static BackupChoice of(BackupCandidates from, Backup backup, String how, int candidates) {
        return new BackupChoice(backup, from.origin(), how, candidates, from.object(backup).orElse(null));
    }

    /** Listed from an object store at drill time (so not necessarily in the inventory yet). */
    public boolean listed() {
        return object != null;
    }

    Map<String, Object> evidence() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("origin", origin);
        p.put("pick", how);
        if (candidates >= 0) {
            p.put("candidates", candidates);
        }
        p.put("uri", backup.location());
        if (object != null) {
            p.put("key", object.key());
            p.put("eTag", object.eTag() == null ? "" : object.eTag().replace("\"", ""));
            p.put("size", object.size());
            p.put("lastModified", String.valueOf(object.lastModified()));
        }
        return p;
    }
}
