package io.drillbook.core.compliance;

/** What a heat-map cell can show. */
public enum Metric {
    /** Worst RPO of the day against the policy's target. */
    RPO,
    /** The same counted against verified backups only. */
    TESTED_RPO,
    /** The newest drill's recovery time against the RTO, and its age against the drill interval. */
    RTO,
    /** Age of the newest passing drill against the drill interval. */
    DRILL_FRESHNESS
}
