package io.drillbook.infra.db.crash;

/** What the killed child JVM was doing. */
public enum CrashKind {
    /** {@code drill run} of a plan of {@code sleep} steps. */
    DRILL,
    /** {@code playbook run} of a playbook of {@code sleep} command steps. */
    PLAYBOOK,
    /** {@link EvidenceCommitterMain}: evidence appends as fast as they commit. */
    APPENDS
}
