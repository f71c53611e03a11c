package io.drillbook.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One restore drill in a report: what was restored, how old the backup was (the achieved RPO),
 * how long recovery took (the achieved RTO) against the policy in force, and its steps and gaps.
 * Durations are null when not measured; targets null when no policy was in force.
 */
public record DrillEntry(String runId, String system, String environment, String plan, String backupId,
                         Instant startedAt, Instant finishedAt, String result, String operator,
                         Duration achievedRpo, Duration rpoTarget, Duration recoveryTime, Duration automated,
                         Duration manual, Duration rtoTarget, String rpoVerdict, String rtoVerdict,
                         List<RunStep> steps, List<GapEntry> gaps) {
    public DrillEntry {
        steps = List.copyOf(steps);
        gaps = List.copyOf(gaps);
    }
}
