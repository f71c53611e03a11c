package io.drillbook.infra.drill;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A shell on the Debian OpenSSH that .ci/start-sshd.sh started (DRILLBOOK_TEST_SSHD_*), its host key known. */
final class OpenSshShells {
    private OpenSshShells() {
    }

    static RemoteShell open(Path dir) throws IOException {
        String host = System.getenv().getOrDefault("DRILLBOOK_TEST_SSHD_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv("DRILLBOOK_TEST_SSHD_PORT"));
        String[] key = Files.readString(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"))).trim().split("\\s+");
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "[" + host + "]:" + port + " " + key[0] + " " + key[1] + "\n");
        SshConnector connector = new SshConnector(dir.resolve("no-user-known-hosts"), new DrillbookKnownHosts(knownHosts),
                HostKeyDecision.REJECT, SecretPrompt.NONE, name -> Optional.empty());
        return new SshjRemoteShellFactory(connector).open(ConnectionProfile.ssh("openssh", host, port,
                System.getenv("DRILLBOOK_TEST_SSHD_USER"), AuthMethod.KEY, Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY"))));
    }
}
