package io.drillbook.bench;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillRequest;
import io.drillbook.core.drill.DrillRunner;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.drill.JdbcDrillJournal;
import io.drillbook.infra.local.LocalRemoteShell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the drill runner's bookkeeping costs: a 20-step plan of {@code true} commands run by the
 * runner (journal + evidence for every state change, on an H2 file store) against the same 20
 * commands run straight through the local shell.
 */
public final class DrillRunnerBenchmark implements Benchmark {
    private static final int STEPS = 20;

    @Override
    public String name() {
        return "drill-runner";
    }

    @Override
    public String description() {
        return STEPS + "-step drill through DrillRunner (H2 journal + evidence) vs the same commands straight through LocalRemoteShell";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("drill-bench");
        SystemEnv target = new SystemEnv("shop", "prod");
        Instant done = Instant.now().minusSeconds(3600);
        Backup backup = new Backup(target, BackupSource.LOCAL, "b1", done.minusSeconds(60), done, BackupStatus.SUCCEEDED,
                1, "", "/dev/null", false, null, false);
        List<DrillStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            steps.add(DrillStep.command("step " + i, "true ${run.id}"));
        }
        DrillPlan plan = new DrillPlan("bench", "shop", "prod", "local", BackupSelection.latest(), Map.of(), steps,
                List.of(), List.of(), false);
        try (Database db = Database.embedded(dir.resolve("db"));
             LocalRemoteShell shell = new LocalRemoteShell(ConnectionProfile.local("local"))) {
            JdbcBackupRepository backups = new JdbcBackupRepository(db);
            backups.addAll(List.of(backup));
            DrillRunner runner = new DrillRunner(new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "bench"),
                    new JdbcDrillJournal(db), new JdbcDrillRunRepository(db), backups, Clock.systemUTC())
                    .inTransactions(new JdbcTransactions(db));
            DrillRequest request = new DrillRequest(plan, backup, null, "bench", dir.resolve("out"));
            ManualStepGate gate = ManualStepGate.refuse("bench", Clock.systemUTC());
            double ours = Timing.medianMillis(2, 7, () -> runner.run(request, shell, gate, DrillListener.NONE, CancellationToken.none()));
            double raw = Timing.medianMillis(2, 7, () -> {
                for (int i = 0; i < STEPS; i++) {
                    shell.run(CommandRequest.of("true x", dir.resolve("raw")), OutputListener.NONE, CancellationToken.none());
                }
                return null;
            });
            report.compare("drill of " + STEPS + " steps", ours, "same commands, no bookkeeping", raw, "ms");
            report.figure("bookkeeping per state change (2 per step)", (ours - raw) / (2.0 * STEPS), "ms");
        }
    }
}
