package io.drillbook.core.model;

/** Outcome of one backup as its tool reported it. */
public enum BackupStatus {
    SUCCEEDED, FAILED, PARTIAL, RUNNING;

    /** Only a succeeded backup is a recovery point that counts towards the RPO. */
    public boolean isRecoveryPoint() {
        return this == SUCCEEDED;
    }
}
