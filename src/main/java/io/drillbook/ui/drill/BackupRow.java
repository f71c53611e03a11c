package io.drillbook.ui.drill;

import io.drillbook.core.model.Backup;

import java.time.Duration;

/** A backup the operator may restore: its age now and whether that age is within the RPO (null: no policy). */
public record BackupRow(Backup backup, Duration age, Boolean withinRpo) {
}
