package io.drillbook.core.pipeline;

/** What a webhook can be told about. */
public enum NotificationKind {
    GATE_NO_GO, DRILL_FAILED, DRILL_INTERRUPTED, BACKUP_RUN_FAILED, RPO_BREACH_BEFORE_RELEASE
}
