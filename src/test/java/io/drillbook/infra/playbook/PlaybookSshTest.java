package io.drillbook.infra.playbook;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.playbook.DryRunReport;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookParameter;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjConnectionTester;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;
import io.drillbook.testing.SshKeys;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.shell.ProcessShellCommandFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Playbooks against Apache MINA SSHD in-process: a real run, and a dry run that provably runs nothing. */
class PlaybookSshTest {
    static final String USER = System.getProperty("user.name");

    @TempDir
    static Path serverDir;
    static SshServer server;
    static Path clientKey;
    static String fingerprint;

    @TempDir
    Path tmp;
    PlaybookFixture fx;

    @BeforeAll
    static void startServer() throws Exception {
        Path hostKey = SshKeys.ed25519(serverDir, "host_ed25519", "");
        clientKey = SshKeys.ed25519(serverDir, "client_ed25519", "");
        Path authorized = Files.copy(Path.of(clientKey + ".pub"), serverDir.resolve("authorized_keys"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new FileKeyPairProvider(hostKey));
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorized));
        server.setCommandFactory(ProcessShellCommandFactory.INSTANCE);
        server.start();
        String blob = Files.readString(Path.of(hostKey + ".pub")).trim().split("\\s+")[1];
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(blob));
        fingerprint = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop(true);
    }

    @BeforeEach
    void setUp() {
        fx = new PlaybookFixture(tmp);
        ConnectionProfile web = ConnectionProfile.ssh("web-1", "127.0.0.1", server.getPort(), USER, AuthMethod.KEY, clientKey);
        fx.profiles.put("web-1", web);
        useHostKeyDecision(HostKeyDecision.acceptOnly(fingerprint));
    }

    void useHostKeyDecision(HostKeyDecision decision) {
        SshConnector connector = new SshConnector(tmp.resolve("no-user-known-hosts"),
                new DrillbookKnownHosts(tmp.resolve("known_hosts")), decision, SecretPrompt.NONE,
                name -> Optional.ofNullable(fx.profiles.get(name)));
        fx.sshShells = new SshjRemoteShellFactory(connector);
        fx.sshTester = new SshjConnectionTester(connector, decision);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    Playbook markerPlaybook(Path marker) {
        return new Playbook("rollback web", "", "shop", "prod", List.of(PlaybookParameter.string("marker", true)),
                List.of(new PlaybookStep("Stop service", new StepAction.Run("web-1",
                                "echo stopped > ${param.marker} && echo done", 0, "^done", null)),
                        new PlaybookStep("Confirm", new StepAction.Manual("Check the service page", List.of())),
                        new PlaybookStep("Verify", new StepAction.Verify("web-1", "cat ${param.marker}", null,
                                java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(10), "stopped"))));
    }

    @Test
    void fullRunOverSshRunsCommandsOnTheServerAndRecordsOutputDigests() {
        Path marker = tmp.resolve("marker file; rm -rf x");
        PlaybookRun run = fx.runner().start(new PlaybookRequest(markerPlaybook(marker), Map.of("marker", marker.toString()),
                "alice", tmp.resolve("out")), PlaybookFixture.answering(GateAnswer.yes("bob"), null), PlaybookListener.NONE);

        RunStatus status = run.execute(CancellationToken.none());

        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(marker).hasContent("stopped");
        StepRecord stop = run.steps().get(0);
        assertThat(stop.output().stdoutSha256()).hasSize(64);
        assertThat(stop.command()).startsWith("web-1: echo stopped > '" + marker + "'");
        assertThat(run.steps()).extracting(StepRecord::state).containsOnly(StepState.PASSED);
    }

    @Test
    void dryRunRendersAndTestsTheConnectionButRunsNothingOnTheServer() {
        Path marker = tmp.resolve("marker");

        DryRunReport report = fx.runner().dryRun(new PlaybookRequest(markerPlaybook(marker),
                Map.of("marker", marker.toString()), "alice", tmp.resolve("out")));

        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        assertThat(report.steps()).extracting(DryRunReport.Line::rendered).first().asString()
                .isEqualTo("web-1: echo stopped > '" + marker + "' && echo done");
        assertThat(report.connections()).singleElement().satisfies(t -> {
            assertThat(t.ok()).isTrue();
            assertThat(t.hostKeyFingerprint()).isEqualTo(fingerprint);
        });
        assertThat(marker).doesNotExist();
        assertThat(fx.journal.withStatus(RunStatus.RUNNING)).isEmpty();
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
        assertThat(fx.events("playbook.dryrun")).hasSize(1);
    }

    @Test
    void dryRunReportsAnUnknownHostKeyAndAnUnknownProfileWithoutConnectingTwice() {
        useHostKeyDecision(HostKeyDecision.REJECT);
        Playbook playbook = new Playbook("rollback web", "", "shop", "prod", List.of(), List.of(
                new PlaybookStep("A", new StepAction.Run("web-1", "true", 0, null, null)),
                new PlaybookStep("B", new StepAction.Run("web-9", "true", 0, null, null))));

        DryRunReport report = fx.runner().dryRun(new PlaybookRequest(playbook, Map.of(), "alice", tmp.resolve("out")));

        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).anyMatch(p -> p.contains("unknown connection profile 'web-9'"))
                .anyMatch(p -> p.contains("connection 'web-1' failed at host key"));
    }
}
