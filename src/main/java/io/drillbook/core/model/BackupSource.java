package io.drillbook.core.model;

/** The tool or store a backup was reported by. */
public enum BackupSource {
    S3, RESTIC, PGBACKREST, BORG, VELERO, AWS_BACKUP, CSV, MANUAL, DEMO, LOCAL
}
