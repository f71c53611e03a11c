package io.drillbook.core.compliance;

import io.drillbook.core.model.Policy;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/**
 * DESIGN.md's RPO rule for one day. The RPO at a moment is the time since the newest succeeded
 * backup completed; the worst of the day is the largest of: day start (or the day's first point)
 * minus the newest point before the day, the longest gap within the day, and the day's end (or
 * now, for today) minus the day's last point.
 */
final class RpoRule {
    private RpoRule() {
    }

    /** Worst RPO in seconds over [dayStart, dayEnd), or -1 when no recovery point exists yet. */
    static long worstSeconds(long dayStart, long dayEnd, long newestBefore, long first, long last, long maxGap) {
        if (newestBefore == NONE && first == NONE) {
            return -1;
        }
        long worst = 0;
        if (newestBefore != NONE) {
            worst = (first == NONE ? dayEnd : first) - newestBefore;
        }
        if (first != NONE) {
            worst = Math.max(worst, Math.max(maxGap, dayEnd - last));
        }
        return Math.max(0, worst);
    }

    /** Compliant, at risk (past the warning share, or a backup failed that day) or breach. */
    static ComplianceStatus status(long worstSeconds, Policy policy, boolean failedThatDay) {
        if (policy == null || worstSeconds < 0) {
            return ComplianceStatus.UNKNOWN;
        }
        long target = policy.rpo().toSeconds();
        if (worstSeconds > target) {
            return ComplianceStatus.BREACH;
        }
        boolean pastWarning = worstSeconds > policy.warnShare() * target;
        return pastWarning || failedThatDay ? ComplianceStatus.AT_RISK : ComplianceStatus.COMPLIANT;
    }

    static int minutes(long seconds) {
        return seconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, seconds / 60);
    }
}
