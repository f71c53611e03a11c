package io.drillbook.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The facts of one finished restore drill that compliance and release gates need.
 *
 * @param achievedRpo  age of the restored backup when the restore started
 * @param recoveryTime elapsed recovery time (automated plus manual): the achieved RTO
 */
public record DrillSummary(String runId, SystemEnv target, String plan, String backupId, Instant startedAt,
                           Instant finishedAt, RunResult result, Duration achievedRpo, Duration recoveryTime,
                           Duration automated, Duration manual, String operator) {
    public DrillSummary {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(result, "result");
    }

    public boolean passed() {
        return result == RunResult.PASSED;
    }
}
