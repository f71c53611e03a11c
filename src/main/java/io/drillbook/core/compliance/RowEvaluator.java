package io.drillbook.core.compliance;

import io.drillbook.core.model.Policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/**
 * Judges one matrix row day by day, in order, carrying the newest recovery points forward.
 * Days after {@code now} stay unknown; today is judged up to now.
 */
final class RowEvaluator {
    private final ComplianceMatrix matrix;
    private final int row;
    private final long[] dayStarts;
    private final long now;
    private final List<Policy> policies;
    private final DrillTimeline drills;
    private long lastOk;
    private long lastVerified;
    private int nextColumn;
    private int policyIndex = -1;

    RowEvaluator(ComplianceMatrix matrix, int row, long[] dayStarts, long now, List<Policy> policies,
                 DrillTimeline drills, DaySummaryStore.CarryIn carry) {
        this.matrix = matrix;
        this.row = row;
        this.dayStarts = dayStarts;
        this.now = now;
        this.policies = policies.stream().sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
        this.drills = drills;
        this.lastOk = carry.lastOk();
        this.lastVerified = carry.lastVerified();
    }

    /** Judges the days before {@code s.day()} as days without backups, then that day. */
    void accept(int column, BackupDaySummary s) {
        fillTo(column);
        judge(column, s);
        nextColumn = column + 1;
    }

    /** Judges the remaining days of the row. */
    void finish() {
        fillTo(matrix.days());
    }

    private void fillTo(int column) {
        for (int c = nextColumn; c < column; c++) {
            judge(c, null);
        }
        nextColumn = Math.max(nextColumn, column);
    }

    private void judge(int column, BackupDaySummary s) {
        long start = dayStarts[column];
        if (start >= now) {
            return;
        }
        long end = Math.min(dayStarts[column + 1], now);
        LocalDate day = matrix.day(column);
        Policy policy = policyOn(day);
        int cell = matrix.cell(row, column);
        long worst = s == null ? RpoRule.worstSeconds(start, end, lastOk, NONE, NONE, 0)
                : RpoRule.worstSeconds(start, end, lastOk, s.firstOk(), s.lastOk(), s.maxOkGap());
        long worstTested = s == null ? RpoRule.worstSeconds(start, end, lastVerified, NONE, NONE, 0)
                : RpoRule.worstSeconds(start, end, lastVerified, s.firstVerified(), s.lastVerified(), s.maxVerifiedGap());
        matrix.set(cell, Metric.RPO, RpoRule.status(worst, policy, s != null && s.failed() > 0));
        matrix.set(cell, Metric.TESTED_RPO, RpoRule.status(worstTested, policy, false));
        drills.advanceTo(end);
        matrix.set(cell, Metric.RTO, drills.rto(day, policy));
        matrix.set(cell, Metric.DRILL_FRESHNESS, drills.freshness(day, policy));
        matrix.setValues(cell, RpoRule.minutes(worst), RpoRule.minutes(worstTested), drills.passedAgeDays(day));
        if (s != null) {
            lastOk = s.hasOk() ? s.lastOk() : lastOk;
            lastVerified = s.hasVerified() ? Math.max(s.lastVerified(), lastVerified) : lastVerified;
        }
    }

    private Policy policyOn(LocalDate day) {
        while (policyIndex + 1 < policies.size() && !policies.get(policyIndex + 1).effectiveFrom().isAfter(day)) {
            policyIndex++;
        }
        return policyIndex < 0 ? null : policies.get(policyIndex);
    }
}
