package io.drillbook.core.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads the raw backups of one target and day, for the day detail; the heat map itself never does. */
public final class DayDetailService {
    /** How far back to look for the recovery point in force when the day starts. */
    static final Duration LOOK_BACK = Duration.ofDays(31);

    private final BackupRepository backups;
    private final WorkspaceRepository workspace;
    private final DrillRunRepository drills;

    public DayDetailService(BackupRepository backups, WorkspaceRepository workspace, DrillRunRepository drills) {
        this.backups = backups;
        this.workspace = workspace;
        this.drills = drills;
    }

    public DayDetail of(SystemEnv target, LocalDate day, ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Backup> ofDay = backups.between(target, start, end);
        Optional<Backup> before = backups.between(target, start.minus(LOOK_BACK), start).stream()
                .filter(b -> b.status().isRecoveryPoint())
                .max(Comparator.comparing(Backup::completedAt));
        Optional<Policy> policy = policyOn(target, day);
        List<DayDetail.Gap> gaps = policy.map(p -> gaps(p.rpo(), before, ofDay, start, end)).orElse(List.of());
        Optional<DrillSummary> drill = drills.of(target).stream()
                .filter(d -> d.passed() && d.finishedAt() != null && d.finishedAt().isBefore(end))
                .max(Comparator.comparing(DrillSummary::finishedAt));
        return new DayDetail(target, day, policy, ofDay, before, gaps, drill);
    }

    private Optional<Policy> policyOn(SystemEnv target, LocalDate day) {
        return workspace.policies().stream()
                .filter(p -> p.target().equals(target) && !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Policy::effectiveFrom));
    }

    /** Stretches of the day in which the newest recovery point was older than the RPO. */
    static List<DayDetail.Gap> gaps(Duration rpo, Optional<Backup> before, List<Backup> ofDay, Instant dayStart, Instant dayEnd) {
        List<DayDetail.Gap> gaps = new ArrayList<>();
        Instant last = before.map(Backup::completedAt).orElse(null);
        List<Instant> points = ofDay.stream().filter(b -> b.status().isRecoveryPoint()).map(Backup::completedAt).sorted().toList();
        for (Instant point : points) {
            addGap(gaps, rpo, last, point, dayStart);
            last = point;
        }
        addGap(gaps, rpo, last, dayEnd, dayStart);
        return gaps;
    }

    private static void addGap(List<DayDetail.Gap> gaps, Duration rpo, Instant last, Instant next, Instant dayStart) {
        if (last == null) {
            return;
        }
        Instant breachFrom = last.plus(rpo);
        if (breachFrom.isBefore(next)) {
            gaps.add(new DayDetail.Gap(breachFrom.isBefore(dayStart) ? dayStart : breachFrom, next));
        }
    }
}
