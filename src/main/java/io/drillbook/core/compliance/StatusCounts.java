package io.drillbook.core.compliance;

/** How many target-days of a group had each status. */
public record StatusCounts(int unknown, int compliant, int atRisk, int stale, int breach) {

    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0);

    public StatusCounts plus(ComplianceStatus status) {
        return switch (status) {
            case UNKNOWN -> new StatusCounts(unknown + 1, compliant, atRisk, stale, breach);
            case COMPLIANT -> new StatusCounts(unknown, compliant + 1, atRisk, stale, breach);
            case AT_RISK -> new StatusCounts(unknown, compliant, atRisk + 1, stale, breach);
            case STALE -> new StatusCounts(unknown, compliant, atRisk, stale + 1, breach);
            case BREACH -> new StatusCounts(unknown, compliant, atRisk, stale, breach + 1);
        };
    }

    public int total() {
        return unknown + compliant + atRisk + stale + breach;
    }
}
