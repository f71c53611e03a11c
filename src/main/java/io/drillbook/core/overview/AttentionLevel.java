package io.drillbook.core.overview;

/**
 * How urgently an overview item needs someone, most urgent first. The same words as the heat
 * map's statuses, so the overview and the heat map share one palette.
 */
public enum AttentionLevel {
    /** Out of policy or blocking: act now (a failed gate, a breach, a failed drill, a gap past due). */
    BREACH,
    /** Close to the line: a warning share of the RPO used, a gate that cannot be judged. */
    AT_RISK,
    /** Proven too long ago: a drill overdue. */
    STALE,
    /** Worth knowing, nothing to fix (a freeze in force). */
    INFO,
    /** In order (a release whose gates all pass). */
    OK;

    /** True for the levels that mean someone should act. */
    public boolean needsAction() {
        return this == BREACH || this == AT_RISK || this == STALE;
    }
}
