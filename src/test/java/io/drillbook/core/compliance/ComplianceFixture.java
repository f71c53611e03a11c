package io.drillbook.core.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.testing.fakes.InMemoryStores;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The inventory's stores in memory, and the compliance service over them, for rule tests. */
final class ComplianceFixture {
    final InMemoryStores stores = new InMemoryStores();
    final io.drillbook.core.inventory.BackupRepository backups = stores.backups;

    ComplianceService compliance(Instant now) {
        return new ComplianceService(stores.backups.summaries(), stores.workspace, stores.drills.repository(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    void policies(Policy... policies) {
        List<ProtectedSystem> systems = Arrays.stream(policies).map(p -> p.target().system()).distinct()
                .map(name -> new ProtectedSystem(name, "alice", 1, "")).toList();
        stores.workspace.merge(new Workspace(systems, List.of(policies), List.of(), List.of(), List.of(), List.of()));
    }

    static Backup backup(SystemEnv target, Instant completed, BackupStatus status) {
        return new Backup(target, BackupSource.DEMO, "b-" + completed + "-" + status, completed.minusSeconds(300), completed,
                status, 1, "", "", true, null, false);
    }

    /** Backups every {@code every} with completions in [from, to). */
    void backupsEvery(SystemEnv target, Instant from, Instant to, Duration every) {
        List<Backup> list = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(every)) {
            list.add(backup(target, t, BackupStatus.SUCCEEDED));
        }
        backups.addAll(list);
    }

    void drill(SystemEnv target, Instant finished, RunResult result, Duration recovery) {
        stores.drills.repository().save(new DrillSummary(UUID.randomUUID().toString(), target, "plan", "b", finished.minus(recovery),
                finished, result, Duration.ofHours(1), recovery, recovery, Duration.ZERO, "bob"));
    }
}
