package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.AuthenticationException;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.HostKeyCandidate;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.HostKeyException;
import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.testing.MinaSshServer;
import io.drillbook.testing.SshAgent;
import io.drillbook.testing.SshKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict host keys and the authentication methods, against MINA SSHD in-process. */
class HostKeyAndAuthTest {
    @TempDir
    static Path serverDir;
    static MinaSshServer server;
    static String serverFingerprint;

    @TempDir
    Path work;
    Path userKnownHosts;
    DrillbookKnownHosts drillbookKnownHosts;

    @BeforeAll
    static void startServer() throws Exception {
        server = MinaSshServer.start(serverDir);
        serverFingerprint = HostKeysTestSupport.fingerprintOfPublicKeyLine(server.hostPublicKeyLine());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void files() {
        userKnownHosts = work.resolve("user_known_hosts");
        drillbookKnownHosts = new DrillbookKnownHosts(work.resolve("drillbook_known_hosts"));
    }

    ConnectionProfile keyProfile() {
        return ConnectionProfile.ssh("mina", "127.0.0.1", server.port(), MinaSshServer.USER, AuthMethod.KEY, server.clientKey);
    }

    SshConnector connector(HostKeyDecision decision, SecretPrompt prompt) {
        return new SshConnector(userKnownHosts, drillbookKnownHosts, decision, prompt, name -> Optional.empty());
    }

    String knownHostsLine(String hostPattern, String publicKeyLine) {
        String[] parts = publicKeyLine.split("\\s+");
        return hostPattern + " " + parts[0] + " " + parts[1] + "\n";
    }

    @Test
    void unknownHostKeyIsRefusedWhenTheDecisionSaysNo() {
        List<HostKeyCandidate> asked = new ArrayList<>();
        HostKeyDecision no = candidate -> asked.add(candidate) && false;

        assertThatThrownBy(() -> connector(no, SecretPrompt.NONE).connect(keyProfile()))
                .isInstanceOf(HostKeyException.class)
                .hasMessageContaining(serverFingerprint)
                .satisfies(e -> assertThat(((HostKeyException) e).changed()).isFalse());
        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c.fingerprint()).isEqualTo(serverFingerprint);
            assertThat(c.keyType()).isEqualTo("ssh-ed25519");
            assertThat(c.port()).isEqualTo(server.port());
        });
        assertThat(drillbookKnownHosts.list()).isEmpty();
    }

    @Test
    void acceptedHostKeyIsRecordedAndTrustedNextTime() {
        connector(candidate -> true, SecretPrompt.NONE).connect(keyProfile()).close();

        assertThat(drillbookKnownHosts.list()).containsExactly(
                new KnownHostKey("[127.0.0.1]:" + server.port(), "ssh-ed25519", serverFingerprint));
        connector(HostKeyDecision.REJECT, SecretPrompt.NONE).connect(keyProfile()).close();
    }

    @Test
    void commandLineAcceptsOnlyTheFingerprintTheUserTyped() {
        String other = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        assertThatThrownBy(() -> connector(HostKeyDecision.acceptOnly(other), SecretPrompt.NONE).connect(keyProfile()))
                .isInstanceOf(HostKeyException.class);
        connector(HostKeyDecision.acceptOnly(serverFingerprint), SecretPrompt.NONE).connect(keyProfile()).close();
        assertThat(drillbookKnownHosts.list()).hasSize(1);
    }

    @Test
    void changedHostKeyIsRefusedNamingBothFingerprints() throws Exception {
        Path otherKey = SshKeys.ed25519(work, "impostor", "");
        String otherLine = Files.readString(Path.of(otherKey + ".pub")).trim();
        Files.writeString(drillbookKnownHosts.file(), knownHostsLine("[127.0.0.1]:" + server.port(), otherLine));
        String knownFingerprint = HostKeysTestSupport.fingerprintOfPublicKeyLine(otherLine);

        assertThatThrownBy(() -> connector(candidate -> true, SecretPrompt.NONE).connect(keyProfile()))
                .isInstanceOf(HostKeyException.class)
                .hasMessageContaining("CHANGED")
                .hasMessageContaining(knownFingerprint)
                .hasMessageContaining(serverFingerprint)
                .satisfies(e -> assertThat(((HostKeyException) e).changed()).isTrue());
    }

    @Test
    void hashedEntryInTheUsersKnownHostsIsTrusted() throws Exception {
        Files.writeString(userKnownHosts, knownHostsLine("[127.0.0.1]:" + server.port(), server.hostPublicKeyLine()));
        SshKeys.hashKnownHosts(userKnownHosts);
        assertThat(Files.readString(userKnownHosts)).startsWith("|1|");

        connector(HostKeyDecision.REJECT, SecretPrompt.NONE).connect(keyProfile()).close();
        assertThat(drillbookKnownHosts.list()).isEmpty();
    }

    @Test
    void removedHostKeyIsNoLongerTrusted() {
        connector(candidate -> true, SecretPrompt.NONE).connect(keyProfile()).close();
        KnownHostKey known = drillbookKnownHosts.list().get(0);

        assertThat(drillbookKnownHosts.remove(known.hostPattern(), known.keyType())).isEqualTo(1);
        assertThat(drillbookKnownHosts.list()).isEmpty();
        assertThatThrownBy(() -> connector(HostKeyDecision.REJECT, SecretPrompt.NONE).connect(keyProfile()))
                .isInstanceOf(HostKeyException.class);
    }

    @Test
    void passwordComesFromThePromptAndNeverAppearsInErrors() {
        ConnectionProfile byPassword = ConnectionProfile.ssh("pw", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.PASSWORD, null);
        SecretPrompt right = (kind, subject) -> Optional.of(MinaSshServer.PASSWORD.toCharArray());
        SecretPrompt wrong = (kind, subject) -> Optional.of("hunter2-wrong".toCharArray());

        connector(HostKeyDecision.acceptOnly(serverFingerprint), right).connect(byPassword).close();
        assertThatThrownBy(() -> connector(HostKeyDecision.acceptOnly(serverFingerprint), wrong).connect(byPassword))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void encryptedKeyIsOpenedWithThePassphraseFromThePrompt() {
        List<SecretPrompt.SecretKind> asked = new ArrayList<>();
        SecretPrompt prompt = (kind, subject) -> {
            asked.add(kind);
            return Optional.of(MinaSshServer.KEY_PASSPHRASE.toCharArray());
        };
        ConnectionProfile profile = ConnectionProfile.ssh("locked", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.KEY, server.lockedClientKey);

        connector(HostKeyDecision.acceptOnly(serverFingerprint), prompt).connect(profile).close();
        assertThat(asked).contains(SecretPrompt.SecretKind.KEY_PASSPHRASE);
    }

    @Test
    void agentSignsForAKeyItHolds() throws Exception {
        ConnectionProfile byAgent = ConnectionProfile.ssh("agent", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.AGENT, null);
        try (SshAgent agent = SshAgent.start(work)) {
            SshConnector connector = connector(HostKeyDecision.acceptOnly(serverFingerprint), SecretPrompt.NONE)
                    .withAgentSocket(agent.socket());
            assertThatThrownBy(() -> connector.connect(byAgent)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("holds no keys");

            agent.add(server.clientKey);
            connector.connect(byAgent).close();
        }
    }

    @Test
    void connectionTestReportsHostKeyAuthAndLatency() {
        SshConnector connector = connector(HostKeyDecision.REJECT, SecretPrompt.NONE);

        ConnectionTest refused = new SshjConnectionTester(connector, HostKeyDecision.REJECT).test(keyProfile());
        ConnectionTest passed = new SshjConnectionTester(connector, HostKeyDecision.acceptOnly(serverFingerprint)).test(keyProfile());

        assertThat(refused.ok()).isFalse();
        assertThat(refused.stage()).isEqualTo("host key");
        assertThat(refused.problem()).contains(serverFingerprint);
        assertThat(refused.hostKeyFingerprint()).isEqualTo(serverFingerprint);
        assertThat(passed.ok()).isTrue();
        assertThat(passed.hostKeyFingerprint()).isEqualTo(serverFingerprint);
        assertThat(passed.hostKeyType()).isEqualTo("ssh-ed25519");
        assertThat(passed.authMethod()).isEqualTo("KEY");
        assertThat(passed.latency()).isPositive();
    }

    @Test
    void connectionTestNamesAuthenticationAsTheFailingStage() throws Exception {
        Path stranger = SshKeys.ed25519(work, "stranger", "");
        ConnectionProfile profile = ConnectionProfile.ssh("stranger", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.KEY, stranger);

        ConnectionTest result = new SshjConnectionTester(connector(HostKeyDecision.REJECT, SecretPrompt.NONE),
                HostKeyDecision.acceptOnly(serverFingerprint)).test(profile);

        assertThat(result.ok()).isFalse();
        assertThat(result.stage()).isEqualTo("authentication");
    }

    @Test
    void unreachableHostIsReportedAsAConnectFailure() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionProfile nowhere = ConnectionProfile.ssh("nowhere", "127.0.0.1", closedPort, "x", AuthMethod.PASSWORD, null);

        ConnectionTest result = new SshjConnectionTester(connector(HostKeyDecision.REJECT, SecretPrompt.NONE),
                HostKeyDecision.REJECT).test(nowhere);

        assertThat(result.ok()).isFalse();
        assertThat(result.stage()).isEqualTo("connect");
        assertThat(result.problem()).contains("127.0.0.1:" + closedPort);
    }
}
