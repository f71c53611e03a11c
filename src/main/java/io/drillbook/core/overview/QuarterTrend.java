package io.drillbook.core.overview;

import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The last quarter at a glance: failed backups per day (all targets), every drill's recovery time,
 * and the releases of the period, so failures that gather before major releases show.
 *
 * @param failuresPerDay index 0 is {@code from}
 */
public record QuarterTrend(LocalDate from, int[] failuresPerDay, List<DrillPoint> drills, List<ReleaseMark> releases,
                           FailuresBeforeReleases.Comparison beforeMajorReleases) {

    /** One drill: when it started, how long the recovery took, and whether it passed. */
    public record DrillPoint(Instant at, SystemEnv target, Duration recovery, boolean passed, String runId) {
    }

    /** One release of the period, by its start. */
    public record ReleaseMark(Instant at, String id, RiskClass risk) {
        public boolean major() {
            return risk == RiskClass.MAJOR || risk == RiskClass.EMERGENCY;
        }
    }

    public QuarterTrend {
        failuresPerDay = failuresPerDay.clone();
        drills = List.copyOf(drills);
        releases = List.copyOf(releases);
    }

    @Override
    public int[] failuresPerDay() {
        return failuresPerDay.clone();
    }

    public int days() {
        return failuresPerDay.length;
    }

    public LocalDate to() {
        return from.plusDays(failuresPerDay.length - 1L);
    }

    public int totalFailures() {
        int sum = 0;
        for (int n : failuresPerDay) {
            sum += n;
        }
        return sum;
    }

    /** True when there is nothing to draw: no failed backup, no drill, no release. */
    public boolean empty() {
        return totalFailures() == 0 && drills.isEmpty() && releases.isEmpty();
    }
}
