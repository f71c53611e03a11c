package io.drillbook.infra.ssh;

import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.testing.CommandSessionContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Commands in one long-lived session shell, against Debian's OpenSSH started by {@code .ci/start-sshd.sh}. */
class OpenSshCommandSessionTest extends CommandSessionContract {

    @BeforeAll
    static void readServer() {
        OpenSshRemoteShellTest.readServerFromEnvironment();
    }

    @Override
    protected RemoteShell openRealShell() throws Exception {
        Assumptions.assumeTrue(OpenSshRemoteShellTest.port > 0, OpenSshRemoteShellTest.SKIPPED);
        Path knownHosts = work.resolve("drillbook_known_hosts");
        String[] parts = Files.readString(OpenSshRemoteShellTest.hostPublicKey).trim().split("\\s+");
        Files.writeString(knownHosts, "[" + OpenSshRemoteShellTest.host + "]:" + OpenSshRemoteShellTest.port + " "
                + parts[0] + " " + parts[1] + "\n");
        SshConnector connector = new SshConnector(work.resolve("no-user-known-hosts"), new DrillbookKnownHosts(knownHosts),
                HostKeyDecision.REJECT, SecretPrompt.NONE, name -> Optional.empty());
        return new SshjRemoteShellFactory(connector).open(OpenSshRemoteShellTest.profile());
    }
}
