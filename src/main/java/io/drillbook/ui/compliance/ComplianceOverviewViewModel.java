package io.drillbook.ui.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.Policy;
import io.drillbook.core.ports.BackupRepository;
import io.drillbook.core.ports.WorkspaceRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The policy in force for each target and how old its newest good backup is now. */
public final class ComplianceOverviewViewModel {
    private final WorkspaceRepository workspace;
    private final BackupRepository backups;
    private final Clock clock;
    private final TaskRunner runner;
    private final ObservableList<TargetStatus> rows = FXCollections.observableArrayList();

    public ComplianceOverviewViewModel(WorkspaceRepository workspace, BackupRepository backups, Clock clock, TaskRunner runner) {
        this.workspace = workspace;
        this.backups = backups;
        this.clock = clock;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.of(this::compute).titled("load compliance").onSuccess(rows::setAll).runWith(runner);
    }

    private List<TargetStatus> compute() {
        Instant now = clock.instant();
        Map<Object, Policy> current = new LinkedHashMap<>();
        workspace.policies().stream()
                .sorted(Comparator.comparing(Policy::effectiveFrom))
                .filter(p -> !p.effectiveFrom().isAfter(now.atZone(clock.getZone()).toLocalDate()))
                .forEach(p -> current.put(p.target(), p));
        List<TargetStatus> out = new ArrayList<>();
        for (Policy p : current.values()) {
            Backup good = backups.newest(p.target(), 50).stream().filter(b -> b.status().isRecoveryPoint()).findFirst().orElse(null);
            out.add(new TargetStatus(p, good, now));
        }
        return out;
    }

    public ObservableList<TargetStatus> rows() {
        return rows;
    }
}
