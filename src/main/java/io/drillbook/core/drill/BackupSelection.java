package io.drillbook.core.drill;

import java.util.Objects;

/**
 * Which backup a drill restores. Resolving it to one {@code Backup} is the caller's job; the
 * runner is handed the backup it must restore.
 *
 * @param backupId   the external id, only for {@link Pick#ID}
 * @param withinDays how far back to pick from, only for {@link Pick#RANDOM_WITHIN_DAYS}
 */
public record BackupSelection(Pick pick, String backupId, int withinDays) {

    /** How the backup is chosen. */
    public enum Pick { LATEST, LATEST_VERIFIED, ID, RANDOM_WITHIN_DAYS }

    public BackupSelection {
        Objects.requireNonNull(pick, "pick");
        if (pick == Pick.ID && (backupId == null || backupId.isBlank())) {
            throw new IllegalArgumentException("backup pick 'id' needs an id");
        }
        if (pick != Pick.ID && backupId != null) {
            throw new IllegalArgumentException("a backup id is only allowed with pick 'id'");
        }
        if (pick == Pick.RANDOM_WITHIN_DAYS && withinDays < 1) {
            throw new IllegalArgumentException("backup pick 'randomWithinDays' needs days >= 1, was " + withinDays);
        }
        if (pick != Pick.RANDOM_WITHIN_DAYS && withinDays != 0) {
            throw new IllegalArgumentException("days are only allowed with pick 'randomWithinDays'");
        }
    }

    public static BackupSelection latest() {
        return new BackupSelection(Pick.LATEST, null, 0);
    }

    public static BackupSelection latestVerified() {
        return new BackupSelection(Pick.LATEST_VERIFIED, null, 0);
    }

    public static BackupSelection id(String externalId) {
        return new BackupSelection(Pick.ID, externalId, 0);
    }

    public static BackupSelection randomWithinDays(int days) {
        return new BackupSelection(Pick.RANDOM_WITHIN_DAYS, null, days);
    }
}
