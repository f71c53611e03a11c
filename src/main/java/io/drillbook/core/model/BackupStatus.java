package io.drillbook.core.model;

/**
 * Outcome of one backup as its tool reported it. Only {@link #SUCCEEDED} is a good recovery
 * point: a partial or failed backup, one still running, and one the tool has since expired or
 * deleted (AWS Backup's EXPIRED/DELETING, Velero's Deleting) are kept as history but never count
 * towards the RPO or a pre-release backup gate.
 */
public enum BackupStatus {
    SUCCEEDED, FAILED, PARTIAL, RUNNING,
    /** The tool's retention removed (or is removing) the recovery point; it cannot be restored. */
    EXPIRED,
    /** Deleted by hand or by the tool; it cannot be restored. */
    DELETED;

    /** Only a succeeded backup is a recovery point that counts towards the RPO. */
    public boolean isRecoveryPoint() {
        return this == SUCCEEDED;
    }

    /** A backup that went wrong (a day with one is at risk); expired and deleted ones did not fail. */
    public boolean isFailure() {
        return this == FAILED || this == PARTIAL;
    }

    /** True when a stored backup with this status may be replaced by a later report of {@code next}. */
    public boolean mayBecome(BackupStatus next) {
        return next != this && (this == RUNNING && next != RUNNING
                || this == SUCCEEDED && (next == EXPIRED || next == DELETED)
                || this == EXPIRED && next == DELETED);
    }
}
