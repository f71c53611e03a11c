package io.drillbook.core.metrics;

import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.report.GapRegister;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the health of every target with a policy or backups, for {@code metrics} and dashboards. */
public final class HealthCollector {
    private static final int LOOK_BACK = 200;
    private static final Duration RELEASE_HORIZON = Duration.ofDays(30);

    private final WorkspaceRepository workspace;
    private final BackupRepository backups;
    private final DrillRunRepository drills;
    private final ComplianceService compliance;
    private final GapRegister gaps;
    private final RecurrenceExpander expander;
    private final ZoneId zone;
    private final Clock clock;

    public HealthCollector(WorkspaceRepository workspace, BackupRepository backups, DrillRunRepository drills,
                           ComplianceService compliance, GapRegister gaps, ZoneId zone, Clock clock) {
        this.workspace = workspace;
        this.backups = backups;
        this.drills = drills;
        this.compliance = compliance;
        this.gaps = gaps;
        this.expander = new RecurrenceExpander();
        this.zone = zone;
        this.clock = clock;
    }

    public List<TargetHealth> collect() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ComplianceMatrix matrix = compliance.matrix(today, today, zone);
        List<DrillSummary> allDrills = drills.recent(Integer.MAX_VALUE);
        GapCounts gapCounts = GapCounts.of(gaps.all(), allDrills, today);
        List<Freeze> freezes = workspace.freezes();
        List<Release> upcoming = workspace.releasesBetween(now, now.plus(RELEASE_HORIZON)).stream()
                .filter(r -> r.start().isAfter(now)).sorted(Comparator.comparing(Release::start)).toList();
        Map<SystemEnv, List<Policy>> policies = new HashMap<>();
        workspace.policies().forEach(p -> policies.computeIfAbsent(p.target(), t -> new ArrayList<>()).add(p));
        List<TargetHealth> out = new ArrayList<>();
        for (SystemEnv target : matrix.rows()) {
            int row = matrix.row(target);
            List<Backup> recent = backups.newest(target, LOOK_BACK);
            List<DrillSummary> targetDrills = allDrills.stream().filter(d -> d.target().equals(target) && d.finishedAt() != null)
                    .sorted(Comparator.comparing(DrillSummary::finishedAt).reversed()).toList();
            out.add(new TargetHealth(target, inForce(policies.getOrDefault(target, List.of()), today),
                    first(recent, BackupStatus.SUCCEEDED), first(recent, BackupStatus.FAILED),
                    backups.verified(target, 1).stream().findFirst(),
                    targetDrills.stream().findFirst(), targetDrills.stream().filter(DrillSummary::passed).findFirst(),
                    matrix.status(Metric.RPO, row, 0), matrix.status(Metric.TESTED_RPO, row, 0),
                    matrix.status(Metric.RTO, row, 0), matrix.status(Metric.DRILL_FRESHNESS, row, 0),
                    gapCounts.open(target), gapCounts.overdue(target), activeFreezes(freezes, target, now),
                    upcoming.stream().filter(r -> r.touches(target)).findFirst()));
        }
        return out;
    }

    /** Every compliance status, in the order a dashboard lists them. */
    public static List<ComplianceStatus> statuses() {
        return List.of(ComplianceStatus.values());
    }

    private static Optional<Backup> first(List<Backup> newestFirst, BackupStatus status) {
        return newestFirst.stream().filter(b -> b.status() == status && b.completedAt() != null).findFirst();
    }

    private static Optional<Policy> inForce(List<Policy> policies, LocalDate today) {
        return policies.stream().filter(p -> !p.effectiveFrom().isAfter(today)).max(Comparator.comparing(Policy::effectiveFrom));
    }

    private List<String> activeFreezes(List<Freeze> freezes, SystemEnv target, Instant now) {
        return freezes.stream().filter(f -> f.appliesTo(target.environment()))
                .filter(f -> !expander.between(f.when(), now, now.plusSeconds(1)).isEmpty())
                .map(Freeze::name).toList();
    }
}
