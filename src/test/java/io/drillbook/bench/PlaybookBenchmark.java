package io.drillbook.bench;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.local.LocalRemoteShell;
import io.drillbook.infra.playbook.JdbcPlaybookJournal;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;
import io.drillbook.testing.MinaSshServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playbook runner's own overhead: a playbook of {@value #STEPS} command steps (each state change
 * journaled and recorded as evidence on H2, the incident freeze started and lifted) against the same
 * commands run one by one straight through the same {@link RemoteShell}, on the local shell and over
 * one sshj connection to MINA SSHD in-process.
 */
public final class PlaybookBenchmark implements Benchmark {
    private static final int STEPS = 20;
    private static final String COMMAND = "echo step";

    @Override
    public String name() {
        return "playbook";
    }

    @Override
    public String description() {
        return "a playbook of " + STEPS + " `" + COMMAND + "` steps through the runner vs the same commands straight through "
                + "a command session of the same RemoteShell, as the runner uses (local shell, MINA SSHD)";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("bench-playbook");
        try (Database db = Database.embedded(dir.resolve("local-db"));
             RemoteShell local = new LocalRemoteShell(ConnectionProfile.local("bench"))) {
            measure(report, "local shell", db, local, dir.resolve("local-out"));
        }
        try (MinaSshServer mina = MinaSshServer.start(Files.createDirectories(dir.resolve("mina")));
             Database db = Database.embedded(dir.resolve("ssh-db"));
             RemoteShell ssh = open(mina, dir)) {
            measure(report, "MINA SSHD", db, ssh, dir.resolve("ssh-out"));
        }
    }

    private static void measure(BenchReport report, String where, Database db, RemoteShell shell, Path out) throws Exception {
        Clock clock = Clock.systemUTC();
        EvidenceLog evidence = new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "bench");
        PlaybookRunner runner = new PlaybookRunner(evidence, new JdbcPlaybookJournal(db),
                new IncidentFreeze(new JdbcWorkspaceRepository(db), evidence, clock), connections(shell), Authorizer.UNRESTRICTED, clock)
                .inTransactions(new JdbcTransactions(db));
        PlaybookRequest request = new PlaybookRequest(playbook(shell.profile().name()), Map.of(), "bench", out);
        double ours = Timing.medianMillis(2, 7, () -> requireCompleted(runner.start(request, PlaybookGate.REFUSE,
                PlaybookListener.NONE).execute(CancellationToken.none())));
        double direct = Timing.medianMillis(2, 7, () -> {
            try (CommandSession session = shell.openSession()) {
                for (int i = 0; i < STEPS; i++) {
                    CommandResult r = session.run(CommandRequest.of(COMMAND, out), OutputListener.NONE, CancellationToken.none());
                    if (r.exitStatus() != 0) {
                        throw new IllegalStateException(COMMAND + " exited " + r.exitStatus());
                    }
                }
            }
            return null;
        });
        report.compare(where + ": playbook of " + STEPS + " steps", ours, "same commands, same command session", direct, "ms");
        report.figure(where + ": added per step", (ours - direct) / STEPS, "ms");
    }

    private static Object requireCompleted(RunStatus status) {
        if (status != RunStatus.COMPLETED) {
            throw new IllegalStateException("bench playbook " + status);
        }
        return status;
    }

    /** The runner gets the benchmark's one open shell (never closed by a run), so both sides share it. */
    private static PlaybookConnections connections(RemoteShell shell) {
        RemoteShell shared = new RemoteShell() {
            public ConnectionProfile profile() {
                return shell.profile();
            }

            public CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
                return shell.run(request, listener, cancel);
            }

            public TransferResult upload(Path local, String remotePath, CancellationToken cancel) {
                return shell.upload(local, remotePath, cancel);
            }

            public TransferResult download(String remotePath, Path local, CancellationToken cancel) {
                return shell.download(remotePath, local, cancel);
            }

            public void close() {
                // the benchmark closes the shell once, after both sides ran
            }
        };
        return new PlaybookConnections(name -> Optional.of(shell.profile()), profile -> shared, null, null, null, null,
                p -> ConnectionTest.passed(p.name(), null, null, "bench", Duration.ZERO), null);
    }

    private static Playbook playbook(String profile) {
        List<PlaybookStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            steps.add(new PlaybookStep("step " + i, new StepAction.Run(profile, COMMAND, 0, "step", null)));
        }
        return new Playbook("bench playbook", "", "shop", "prod", List.of(), steps);
    }

    private static RemoteShell open(MinaSshServer mina, Path dir) throws Exception {
        String blob = mina.hostPublicKeyLine().split("\\s+")[1];
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(blob));
        String fingerprint = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        SshConnector connector = new SshConnector(dir.resolve("no-user-known-hosts"), new DrillbookKnownHosts(dir.resolve("known_hosts")),
                HostKeyDecision.acceptOnly(fingerprint), SecretPrompt.NONE, name -> Optional.empty());
        return new SshjRemoteShellFactory(connector).open(ConnectionProfile.ssh("mina", "127.0.0.1", mina.port(),
                MinaSshServer.USER, AuthMethod.KEY, mina.clientKey));
    }
}
