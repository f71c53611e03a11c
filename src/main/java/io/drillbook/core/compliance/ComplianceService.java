package io.drillbook.core.compliance;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * RPO, tested RPO, RTO and drill freshness per target and day, from the day summaries, the
 * policies and the drills. Never reads raw backups.
 */
public final class ComplianceService {
    private static final Logger LOGGER = LoggerFactory.getLogger(ComplianceService.class);

    private final DaySummaryStore summaries;
    private final WorkspaceRepository workspace;
    private final DrillRunRepository drills;
    private final Clock clock;

    public ComplianceService(DaySummaryStore summaries, WorkspaceRepository workspace, DrillRunRepository drills, Clock clock) {
        this.summaries = summaries;
        this.workspace = workspace;
        this.drills = drills;
        this.clock = clock;
    }

    /** Every target with a policy or backups, for the days [from, to] in {@code zone}. */
    public ComplianceMatrix matrix(LocalDate from, LocalDate to, ZoneId zone) {
        Map<SystemEnv, List<Policy>> policies = policiesByTarget();
        TreeSet<SystemEnv> rows = new TreeSet<>(policies.keySet());
        rows.addAll(summaries.targets());
        Map<SystemEnv, List<DrillSummary>> drillsByTarget = drills.recent(Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(DrillSummary::target));
        return compute(new ArrayList<>(rows), from, to, zone, policies, drillsByTarget, clock.instant());
    }

    /** The same as of {@code now} instead of the clock's time: days after it stay unknown (reports judge as of their as-of time). */
    public ComplianceMatrix matrix(LocalDate from, LocalDate to, ZoneId zone, java.time.Instant now) {
        Map<SystemEnv, List<Policy>> policies = policiesByTarget();
        TreeSet<SystemEnv> rows = new TreeSet<>(policies.keySet());
        rows.addAll(summaries.targets());
        Map<SystemEnv, List<DrillSummary>> drillsByTarget = drills.recent(Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(DrillSummary::target));
        return compute(new ArrayList<>(rows), from, to, zone, policies, drillsByTarget, now);
    }

    /** One target's days [from, to] in {@code zone}. */
    public List<DailyCompliance> daily(SystemEnv target, LocalDate from, LocalDate to, ZoneId zone) {
        ComplianceMatrix m = compute(List.of(target), from, to, zone, policiesByTarget(), Map.of(target, drills.of(target)), clock.instant());
        List<DailyCompliance> out = new ArrayList<>(m.days());
        for (int c = 0; c < m.days(); c++) {
            out.add(DailyCompliance.of(m, 0, c));
        }
        return out;
    }

    private ComplianceMatrix compute(List<SystemEnv> rows, LocalDate from, LocalDate to, ZoneId zone,
                                     Map<SystemEnv, List<Policy>> policies, Map<SystemEnv, List<DrillSummary>> drillRuns, java.time.Instant now) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (!summaries.zone().normalized().equals(zone.normalized())) {
            LOGGER.info("Re-summarising backups for calendar days in {} (were {})", zone, summaries.zone());
            summaries.rezone(zone);
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new ComplianceCalculator(zone, now).compute(rows, from, days, policies, drillRuns, summaries);
    }

    private Map<SystemEnv, List<Policy>> policiesByTarget() {
        return workspace.policies().stream().collect(Collectors.groupingBy(Policy::target));
    }
}
