package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.testing.MinaSshServer;
import io.drillbook.testing.RemoteShellContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell contract against Apache MINA SSHD in-process, plus connection reuse and reconnect. */
class MinaRemoteShellTest extends RemoteShellContract {
    @TempDir
    static Path serverDir;
    static MinaSshServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = MinaSshServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    static ConnectionProfile keyProfile(String name) {
        return ConnectionProfile.ssh(name, "127.0.0.1", server.port(), MinaSshServer.USER, AuthMethod.KEY, server.clientKey);
    }

    /** A connector that trusts exactly this server's key (as a user who checked the fingerprint would). */
    SshConnector connector(SecretPrompt prompt) throws Exception {
        String fingerprint = HostKeysTestSupport.fingerprintOfPublicKeyLine(server.hostPublicKeyLine());
        return new SshConnector(work.resolve("no-user-known-hosts"), new DrillbookKnownHosts(work.resolve("known_hosts")),
                HostKeyDecision.acceptOnly(fingerprint), prompt, name -> Optional.of(keyProfile(name)));
    }

    @Override
    protected RemoteShell openShell() throws Exception {
        return new SshjRemoteShellFactory(connector(SecretPrompt.NONE)).open(keyProfile("mina"));
    }

    @Test
    void manyCommandsShareOneConnection() {
        int before = server.activeSessions();
        for (int i = 0; i < 5; i++) {
            assertThat(run("true").exitStatus()).isZero();
        }
        assertThat(server.activeSessions()).isEqualTo(before);
    }

    @Test
    void reconnectsOnceWhenTheConnectionDroppedBeforeACommand() {
        assertThat(run("echo before").stdout().head()).isEqualTo("before\n");
        server.dropAllConnections();

        assertThat(run("echo after").stdout().head()).isEqualTo("after\n");
    }

    @Test
    void commandsRunThroughAJumpHost() throws Exception {
        ConnectionProfile target = keyProfile("target").withJumpProfile("bastion");
        try (RemoteShell viaJump = new SshjRemoteShellFactory(connector(SecretPrompt.NONE)).open(target)) {
            var result = viaJump.run(CommandRequest.of("echo through", work.resolve("out")), OutputListener.NONE,
                    CancellationToken.none());
            assertThat(result.stdout().head()).isEqualTo("through\n");
        }
    }

    @Test
    void outputFilesAreWrittenUnderTheRequestedDirectory() {
        var result = run("echo kept");
        assertThat(result.stdout().file()).startsWith(work.resolve("out"));
        assertThat(Files.exists(result.stdout().file())).isTrue();
    }
}
