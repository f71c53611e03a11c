package io.drillbook.core.compliance;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.RunResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The finished drills of one target in time order, walked forward day by day: which drill is the
 * newest finished one and which the newest passing one at the end of each day. Implements
 * DESIGN.md's RTO rule and drill freshness.
 */
final class DrillTimeline {
    private final List<DrillSummary> drills;
    private final ZoneId zone;
    private int next;
    private DrillSummary newestFinished;
    private DrillSummary newestPassed;
    private LocalDate newestPassedDay;

    DrillTimeline(List<DrillSummary> all, ZoneId zone) {
        this.drills = all.stream()
                .filter(d -> d.result() == RunResult.PASSED || d.result() == RunResult.FAILED)
                .sorted(Comparator.comparing(DrillTimeline::finished))
                .toList();
        this.zone = zone;
    }

    private static Instant finished(DrillSummary d) {
        return d.finishedAt() == null ? d.startedAt() : d.finishedAt();
    }

    /** Takes in every drill finished before {@code dayEndEpoch}. */
    void advanceTo(long dayEndEpoch) {
        while (next < drills.size() && finished(drills.get(next)).getEpochSecond() < dayEndEpoch) {
            DrillSummary d = drills.get(next++);
            newestFinished = d;
            if (d.passed()) {
                newestPassed = d;
                newestPassedDay = LocalDate.ofInstant(finished(d), zone);
            }
        }
    }

    /** Age in days of the newest passing drill on {@code day}, -1 when there is none. */
    int passedAgeDays(LocalDate day) {
        return newestPassed == null ? -1 : (int) ChronoUnit.DAYS.between(newestPassedDay, day);
    }

    ComplianceStatus rto(LocalDate day, Policy policy) {
        if (policy == null || newestFinished == null) {
            return ComplianceStatus.UNKNOWN;
        }
        if (!newestFinished.passed()) {
            return ComplianceStatus.BREACH;
        }
        if (newestPassed.recoveryTime() != null && newestPassed.recoveryTime().compareTo(policy.rto()) > 0) {
            return ComplianceStatus.BREACH;
        }
        return isStale(day, policy) ? ComplianceStatus.STALE : ComplianceStatus.COMPLIANT;
    }

    ComplianceStatus freshness(LocalDate day, Policy policy) {
        if (policy == null || newestPassed == null) {
            return ComplianceStatus.UNKNOWN;
        }
        if (isStale(day, policy)) {
            return ComplianceStatus.STALE;
        }
        LocalDate due = newestPassedDay.plus(policy.drillEvery());
        long allowed = ChronoUnit.DAYS.between(newestPassedDay, due);
        return passedAgeDays(day) > policy.warnShare() * allowed ? ComplianceStatus.AT_RISK : ComplianceStatus.COMPLIANT;
    }

    private boolean isStale(LocalDate day, Policy policy) {
        return day.isAfter(newestPassedDay.plus(policy.drillEvery()));
    }
}
