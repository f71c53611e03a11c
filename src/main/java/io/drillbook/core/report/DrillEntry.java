package io.drillbook.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One restore drill as its evidence tells it: the backup restored and its age at restore (the
 * achieved RPO), the recovery time (automated plus manual) against the targets of the policy in
 * force, the verdicts, every step and check, and the gaps found. Durations and targets are null
 * when not measured or when no policy was in force.
 *
 * @param status     PASSED, FAILED, INTERRUPTED, CANCELLED, or RUNNING when the period holds no end
 * @param rpoVerdict met, missed, not demonstrated (the drill did not pass) or no policy
 * @param rtoVerdict met (only for a passed drill within the RTO), missed, not demonstrated or no policy
 */
public record DrillEntry(String runId, String system, String environment, String plan, String operator,
                         String backupId, String backupSource, Instant backupCompletedAt, Instant startedAt,
                         Instant finishedAt, String status, Duration achievedRpo, Duration rpoTarget, String rpoVerdict,
                         Duration recoveryTime, Duration automated, Duration manual, Duration rtoTarget,
                         String rtoVerdict, List<DrillStepEntry> steps, List<GapEntry> gaps) {
    public DrillEntry {
        steps = List.copyOf(steps);
        gaps = List.copyOf(gaps);
    }

    public boolean passed() {
        return "PASSED".equals(status);
    }
}
