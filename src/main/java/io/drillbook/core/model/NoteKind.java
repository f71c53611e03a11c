package io.drillbook.core.model;

/** Calendar entries that are shown but never block a release gate. */
public enum NoteKind {
    /** Planned work on some systems (patching, upgrades); a good slot for changes, not a blackout. */
    MAINTENANCE_WINDOW,
    /** An imported event Drillbook could not place (a holiday, a team meeting): for information only. */
    EXTERNAL
}
