package io.drillbook.core.calendar;

/** Why a release should not happen when it is planned. */
public enum ConflictKind {
    /** The release window overlaps a backup window of a system and environment it touches. */
    BACKUP_WINDOW,
    /** The release window overlaps a freeze (blackout) of an environment it touches. */
    FREEZE,
    /** The release window overlaps an active recovery. */
    ACTIVE_RECOVERY,
    /** Another release touching the same system and environment overlaps. */
    RELEASE_OVERLAP,
    /** The risk class needs CAB approval and there is none. */
    CAB_APPROVAL_MISSING,
    /** CAB approval was given only after the window started. */
    CAB_APPROVAL_LATE
}
