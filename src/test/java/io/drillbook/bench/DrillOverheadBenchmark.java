package io.drillbook.bench;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
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
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.drill.JdbcDrillJournal;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;
import io.drillbook.testing.DebianSshd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The drill runner's own overhead on realistic steps: a drill of 10 steps of {@code sleep 0.2}
 * (journal + evidence on H2 for every state change, output digests) over one sshj connection to
 * Debian's sshd, against the same 10 commands as one plain shell script over the same connection.
 * The variants take turns, run after run, so a change in the machine's load weighs on all alike.
 */
public final class DrillOverheadBenchmark implements Benchmark {
    private static final int STEPS = 10;
    private static final String STEP = "sleep 0.2";
    private static final int RUNS = 9;

    @Override
    public String name() {
        return "drill-overhead";
    }

    @Override
    public String description() {
        return STEPS + " steps of `" + STEP + "` through DrillRunner over SSH vs the same commands as one shell script over the same connection";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("bench-drill-overhead");
        Optional<DebianSshd> started = DebianSshd.start(Path.of(".ci/start-sshd.sh"));
        if (started.isEmpty()) {
            report.note("Debian sshd unavailable (install openssh-server); benchmark skipped, no figures");
            return;
        }
        try (DebianSshd sshd = started.get(); Database db = Database.embedded(dir.resolve("db"));
             RemoteShell shell = open(sshd, dir)) {
            Backup backup = backup();
            JdbcBackupRepository backups = new JdbcBackupRepository(db);
            backups.addAll(List.of(backup));
            DrillRunner runner = new DrillRunner(new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "bench"),
                    new JdbcDrillJournal(db), new JdbcDrillRunRepository(db), backups, Clock.systemUTC())
                    .inTransactions(new JdbcTransactions(db));
            DrillRequest request = new DrillRequest(plan(), backup, null, "bench", dir.resolve("out"));
            ManualStepGate gate = ManualStepGate.refuse("bench", Clock.systemUTC());
            String script = String.join("; ", Collections.nCopies(STEPS, STEP));
            Callable<?> drill = () -> requirePassed(runner.run(request, shell, gate, DrillListener.NONE,
                    CancellationToken.none()).summary().result());
            Callable<?> oneScript = () -> shell.run(CommandRequest.of(script, dir.resolve("raw")),
                    OutputListener.NONE, CancellationToken.none());
            Callable<?> oneSession = () -> {
                try (CommandSession steps = shell.openSession()) {
                    for (int i = 0; i < STEPS; i++) {
                        steps.run(CommandRequest.of(STEP, dir.resolve("raw")), OutputListener.NONE, CancellationToken.none());
                    }
                }
                return null;
            };
            Callable<?> execEach = () -> {
                for (int i = 0; i < STEPS; i++) {
                    shell.run(CommandRequest.of(STEP, dir.resolve("raw")), OutputListener.NONE, CancellationToken.none());
                }
                return null;
            };
            double[] medians = Timing.interleavedMedianMillis(1, RUNS, List.of(drill, oneScript, oneSession, execEach));
            double ours = medians[0];
            double plain = medians[1];
            double session = medians[2];
            double separate = medians[3];
            report.compare("drill of " + STEPS + " x " + STEP + " over SSH", ours, "one shell script, same connection", plain, "ms");
            report.compare("one command session, no runner", session, "one shell script, same connection", plain, "ms");
            report.compare("drill of " + STEPS + " x " + STEP + " over SSH", ours, "one exec per command, same connection", separate, "ms");
            report.figure("added by the runner", 100.0 * (ours - plain) / plain, "%");
            report.figure("added per step", (ours - plain) / STEPS, "ms");
        }
    }

    private static Object requirePassed(RunResult result) {
        if (result != RunResult.PASSED) {
            throw new IllegalStateException("bench drill " + result);
        }
        return result;
    }

    private static RemoteShell open(DebianSshd sshd, Path dir) throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), sshd.knownHostsLine());
        SshConnector connector = new SshConnector(null, new DrillbookKnownHosts(knownHosts), HostKeyDecision.REJECT,
                SecretPrompt.NONE, name -> Optional.empty());
        return new SshjRemoteShellFactory(connector).open(
                ConnectionProfile.ssh("bench", sshd.host, sshd.port, sshd.user, AuthMethod.KEY, sshd.key));
    }

    private static Backup backup() {
        Instant done = Instant.now().minusSeconds(3600);
        return new Backup(new SystemEnv("shop", "prod"), BackupSource.LOCAL, "b1", done.minusSeconds(60), done,
                BackupStatus.SUCCEEDED, 1, "", "/dev/null", false, null, false);
    }

    private static DrillPlan plan() {
        List<DrillStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            steps.add(DrillStep.command("step " + i, STEP));
        }
        return new DrillPlan("overhead", "shop", "prod", "bench", BackupSelection.latest(), Map.of(), steps,
                List.of(), List.of(), false);
    }
}
