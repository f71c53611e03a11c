package io.drillbook.bench;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;
import io.drillbook.testing.DebianSshd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * 100 short commands on one host: Drillbook over one reused sshj connection, against 100 runs of
 * OpenSSH's own client (a new connection each), and OpenSSH with connection multiplexing.
 */
public final class SshCommandsBenchmark implements Benchmark {
    private static final int COMMANDS = 100;

    @Override
    public String name() {
        return "ssh-commands";
    }

    @Override
    public String description() {
        return COMMANDS + " x `true` on Debian's sshd: Drillbook (one connection) vs /usr/bin/ssh per command";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("bench-ssh");
        try {
            measure(report, dir);
        } finally {
            DebianSshd.deleteTree(dir);
        }
    }

    private void measure(BenchReport report, Path dir) throws Exception {
        Optional<DebianSshd> started = DebianSshd.start(Path.of(".ci/start-sshd.sh"));
        if (started.isEmpty()) {
            report.note("Debian sshd unavailable (install openssh-server); benchmark skipped, no figures");
            return;
        }
        try (DebianSshd sshd = started.get()) {
            Path knownHosts = dir.resolve("known_hosts");
            Files.writeString(knownHosts, sshd.knownHostsLine());
            double ours = Timing.medianMillis(1, 3, () -> drillbook(sshd, knownHosts));
            double plain = Timing.medianMillis(0, 3, () -> openssh(sshd, knownHosts, List.of()));
            report.compare(COMMANDS + " commands, Drillbook (1 sshj connection)", ours, "ssh per command", plain, "ms");
            List<String> mux = List.of("-o", "ControlMaster=auto", "-o", "ControlPath=" + dir + "/cm-%C", "-o", "ControlPersist=60");
            double multiplexed = Timing.medianMillis(1, 3, () -> openssh(sshd, knownHosts, mux));
            report.compare(COMMANDS + " commands, Drillbook (1 sshj connection)", ours, "ssh ControlMaster", multiplexed, "ms");
            openssh(sshd, knownHosts, List.of("-O", "exit", "-o", "ControlPath=" + dir + "/cm-%C"), 1);
        }
    }

    private static Object drillbook(DebianSshd sshd, Path knownHosts) {
        SshConnector connector = new SshConnector(null, new DrillbookKnownHosts(knownHosts), HostKeyDecision.REJECT,
                SecretPrompt.NONE, name -> Optional.empty());
        ConnectionProfile profile = ConnectionProfile.ssh("bench", sshd.host, sshd.port, sshd.user, AuthMethod.KEY, sshd.key);
        Path out = knownHosts.resolveSibling("out");
        try (RemoteShell shell = new SshjRemoteShellFactory(connector).open(profile)) {
            for (int i = 0; i < COMMANDS; i++) {
                if (shell.run(CommandRequest.of("true", out), OutputListener.NONE, CancellationToken.none()).exitStatus() != 0) {
                    throw new IllegalStateException("true failed");
                }
            }
        }
        return null;
    }

    private static Object openssh(DebianSshd sshd, Path knownHosts, List<String> extra) throws Exception {
        openssh(sshd, knownHosts, extra, COMMANDS);
        return null;
    }

    private static void openssh(DebianSshd sshd, Path knownHosts, List<String> extra, int times) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/ssh", "-q", "-i", sshd.key.toString(), "-p",
                Integer.toString(sshd.port), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "IdentitiesOnly=yes"));
        command.addAll(extra);
        command.add(sshd.user + "@" + sshd.host);
        command.add("true");
        for (int i = 0; i < times; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || (p.exitValue() != 0 && times > 1)) {
                throw new IllegalStateException("ssh failed: " + command);
            }
        }
    }
}
