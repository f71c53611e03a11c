package io.drillbook.core.calendar;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Go/no-go for deploying to one system and environment: every gate of {@link Gate}, judged at
 * {@code at} against the policy in force then. Without a release the window is
 * {@link GateWindow#DEFAULT_LENGTH} from {@code at}. Waivers are applied by {@link GateService}.
 */
public final class ReleaseGates {
    private final WorkspaceRepository workspace;
    private final BackupGates backupGates;
    private final DrillGate drillGate;
    private final CalendarGates calendarGates;

    public ReleaseGates(WorkspaceRepository workspace, BackupRepository backups, DrillRunRepository drills, RecurrenceExpander expander) {
        this.workspace = workspace;
        this.backupGates = new BackupGates(backups);
        this.drillGate = new DrillGate(drills);
        this.calendarGates = new CalendarGates(workspace, expander);
    }

    public List<GateResult> evaluate(SystemEnv target, Optional<Release> release, Instant at) {
        GateWindow w = window(target, release, at);
        List<GateResult> results = new ArrayList<>();
        results.add(backupGates.preReleaseBackup(w));
        results.add(backupGates.newestBackup(w));
        results.add(drillGate.evaluate(w));
        results.addAll(calendarGates.evaluate(w));
        return results;
    }

    private GateWindow window(SystemEnv target, Optional<Release> release, Instant at) {
        Instant start = release.map(Release::start).orElse(at);
        Instant end = release.map(Release::end).orElse(at.plus(GateWindow.DEFAULT_LENGTH));
        return new GateWindow(target, release, start, end, at, policyAt(target, start));
    }

    private Optional<Policy> policyAt(SystemEnv target, Instant moment) {
        LocalDate day = moment.atZone(ZoneOffset.UTC).toLocalDate();
        return workspace.policies().stream()
                .filter(p -> p.target().equals(target) && !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Policy::effectiveFrom));
    }
}
