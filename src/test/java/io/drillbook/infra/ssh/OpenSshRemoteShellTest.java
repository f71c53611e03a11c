package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.testing.RemoteShellContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell contract against Debian's OpenSSH sshd, started by {@code .ci/start-sshd.sh}, which
 * exports {@code DRILLBOOK_TEST_SSHD_*}. Without those variables the class is skipped, saying why.
 */
class OpenSshRemoteShellTest extends RemoteShellContract {
    static String host;
    static int port;
    static String user;
    static Path key;
    static Path hostPublicKey;

    static final String SKIPPED = "OpenSSH contract skipped: DRILLBOOK_TEST_SSHD_PORT is not set; "
            + "run eval \"$(.ci/start-sshd.sh)\" first (needs openssh-server)";

    @BeforeAll
    static void readServerFromEnvironment() {
        String portText = System.getenv("DRILLBOOK_TEST_SSHD_PORT");
        if (portText == null) {
            System.err.println("WARNING: " + SKIPPED);
            return;
        }
        host = System.getenv().getOrDefault("DRILLBOOK_TEST_SSHD_HOST", "127.0.0.1");
        port = Integer.parseInt(portText);
        user = System.getenv("DRILLBOOK_TEST_SSHD_USER");
        key = Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY"));
        hostPublicKey = Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"));
    }

    static ConnectionProfile profile() {
        return ConnectionProfile.ssh("openssh", host, port, user, AuthMethod.KEY, key);
    }

    SshConnector connectorTrusting(Path publicKey, HostKeyDecision decision) throws Exception {
        Path knownHosts = work.resolve("drillbook_known_hosts");
        String[] parts = Files.readString(publicKey).trim().split("\\s+");
        Files.writeString(knownHosts, "[" + host + "]:" + port + " " + parts[0] + " " + parts[1] + "\n");
        return new SshConnector(work.resolve("no-user-known-hosts"), new DrillbookKnownHosts(knownHosts), decision,
                SecretPrompt.NONE, name -> Optional.empty());
    }

    @Override
    protected RemoteShell openShell() throws Exception {
        Assumptions.assumeTrue(port > 0, SKIPPED);
        return new SshjRemoteShellFactory(connectorTrusting(hostPublicKey, HostKeyDecision.REJECT)).open(profile());
    }

    @Test
    void hostKnownOnlyByItsRsaKeyIsStillVerified() throws Exception {
        Path rsa = hostPublicKey.resolveSibling("host_rsa.pub");
        Assumptions.assumeTrue(Files.exists(rsa), "no RSA host key next to " + hostPublicKey);

        try (SshSession session = connectorTrusting(rsa, HostKeyDecision.REJECT).connect(profile())) {
            assertThat(session.verifier().offered()).get().extracting(c -> c.keyType()).isEqualTo("ssh-rsa");
        }
    }
}
