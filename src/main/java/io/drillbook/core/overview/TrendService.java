package io.drillbook.core.overview;

import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The overview's trend panel: failed backups per day from the day summaries (never raw backups),
 * drill recovery times from the drill summaries, and release dates, over the last {@link #DAYS} days.
 */
public final class TrendService {
    public static final int DAYS = 91;
    static final int DRILLS = 5_000;

    private final DaySummaryStore summaries;
    private final DrillRunRepository drills;
    private final WorkspaceRepository workspace;
    private final Clock clock;

    public TrendService(DaySummaryStore summaries, DrillRunRepository drills, WorkspaceRepository workspace, Clock clock) {
        this.summaries = summaries;
        this.drills = drills;
        this.workspace = workspace;
        this.clock = clock;
    }

    public QuarterTrend lastQuarter() {
        ZoneId zone = summaries.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate from = today.minusDays(DAYS - 1L);
        AtomicIntegerArray failed = new AtomicIntegerArray(DAYS);
        summaries.forEach(from, today.plusDays(1), null, s -> {
            int i = (int) java.time.temporal.ChronoUnit.DAYS.between(from, s.day());
            if (i >= 0 && i < DAYS) {
                failed.addAndGet(i, s.failed());
            }
        });
        int[] perDay = new int[DAYS];
        for (int i = 0; i < DAYS; i++) {
            perDay[i] = failed.get(i);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        List<QuarterTrend.DrillPoint> points = drills.recent(DRILLS).stream()
                .filter(d -> !d.startedAt().isBefore(start) && d.recoveryTime() != null && d.result().isFinished())
                .map(TrendService::point).toList();
        List<QuarterTrend.ReleaseMark> releases = workspace.releasesBetween(start, clock.instant().plusSeconds(1)).stream()
                .filter(r -> !r.start().isBefore(start))
                .map(r -> new QuarterTrend.ReleaseMark(r.start(), r.id(), r.risk())).toList();
        List<LocalDate> majorDays = releases.stream().filter(QuarterTrend.ReleaseMark::major)
                .map(r -> r.at().atZone(zone).toLocalDate()).toList();
        return new QuarterTrend(from, perDay, points, releases, FailuresBeforeReleases.compare(from, perDay, majorDays));
    }

    private static QuarterTrend.DrillPoint point(DrillSummary d) {
        return new QuarterTrend.DrillPoint(d.startedAt(), d.target(), d.recoveryTime(), d.passed(), d.runId());
    }
}
