package io.drillbook.core.model;

import java.time.Duration;

/**
 * What one drill shows about the RTO. Only a passed drill can meet (or miss) it: a drill that
 * failed, was cancelled or was interrupted did not recover the data, so whatever time it took
 * demonstrates nothing. The one rule every front end, the evidence and compliance share.
 */
public enum RtoVerdict {
    /** Passed, and recovered within the RTO. */
    MET("met", "within RTO"),
    /** Passed, but took longer than the RTO. */
    MISSED("missed", "RTO missed"),
    /** Did not pass (failed, cancelled, interrupted or still running): the RTO was not demonstrated. */
    NOT_DEMONSTRATED("not-demonstrated", "RTO not demonstrated"),
    /** Passed, but there is no RTO to compare with (no policy in force) or no recovery time. */
    UNKNOWN("unknown", "no RTO to compare with");

    private final String code;
    private final String label;

    RtoVerdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static RtoVerdict of(DrillSummary drill, Duration rto) {
        if (drill.result() != RunResult.PASSED) {
            return NOT_DEMONSTRATED;
        }
        if (rto == null || drill.recoveryTime() == null) {
            return UNKNOWN;
        }
        return drill.recoveryTime().compareTo(rto) <= 0 ? MET : MISSED;
    }

    /** As written in evidence and JSON: {@code met}, {@code missed}, {@code not-demonstrated}, {@code unknown}. */
    public String code() {
        return code;
    }

    /** For people: "within RTO", "RTO missed", "RTO not demonstrated", "no RTO to compare with". */
    public String label() {
        return label;
    }

    public boolean met() {
        return this == MET;
    }
}
