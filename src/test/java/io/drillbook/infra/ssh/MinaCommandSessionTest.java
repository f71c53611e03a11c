package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.testing.Await;
import io.drillbook.testing.CommandSessionContract;
import io.drillbook.testing.MinaSshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands in one long-lived session shell, against Apache MINA SSHD in-process. */
class MinaCommandSessionTest extends CommandSessionContract {
    @TempDir
    static Path serverDir;
    static MinaSshServer server;
    private SshjRemoteShell real;

    @BeforeAll
    static void startServer() throws Exception {
        server = MinaSshServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    protected RemoteShell openRealShell() throws Exception {
        ConnectionProfile profile = ConnectionProfile.ssh("mina", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.KEY, server.clientKey);
        String fingerprint = HostKeysTestSupport.fingerprintOfPublicKeyLine(server.hostPublicKeyLine());
        SshConnector connector = new SshConnector(work.resolve("no-user-known-hosts"),
                new DrillbookKnownHosts(work.resolve("known_hosts")), HostKeyDecision.acceptOnly(fingerprint),
                SecretPrompt.NONE, name -> Optional.of(profile));
        real = (SshjRemoteShell) new SshjRemoteShellFactory(connector).open(profile);
        return real;
    }

    @Test
    void aConnectionDroppedBetweenCommandsGivesTheNextOneAFreshSession() {
        String before = parentPid();

        server.dropAllConnections();
        assertThat(Await.until(Duration.ofSeconds(10), () -> !real.connected())).isTrue();
        String after = parentPid();

        assertThat(after).isNotEqualTo(before);
        assertThat(run("echo still here").stdout().head()).isEqualTo("still here\n");
    }
}
