package io.drillbook.infra.playbook;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.StepState;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full playbook run (command, manual checkpoint, approval, verification) against Debian's
 * OpenSSH sshd from {@code .ci/start-sshd.sh} ({@code DRILLBOOK_TEST_SSHD_*}); skipped, saying why, without it.
 */
class OpenSshPlaybookTest {
    static final String SKIPPED = "OpenSSH playbook run skipped: DRILLBOOK_TEST_SSHD_PORT is not set; "
            + "run eval \"$(.ci/start-sshd.sh)\" first (needs openssh-server)";

    @TempDir
    Path tmp;
    PlaybookFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        String port = System.getenv("DRILLBOOK_TEST_SSHD_PORT");
        if (port == null) {
            System.err.println("WARNING: " + SKIPPED);
        }
        Assumptions.assumeTrue(port != null, SKIPPED);
        String host = System.getenv().getOrDefault("DRILLBOOK_TEST_SSHD_HOST", "127.0.0.1");
        fx = new PlaybookFixture(tmp.resolve("store"));
        ConnectionProfile openssh = ConnectionProfile.ssh("openssh", host, Integer.parseInt(port),
                System.getenv("DRILLBOOK_TEST_SSHD_USER"), AuthMethod.KEY, Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY")));
        fx.profiles.put("openssh", openssh);
        String[] hostKey = Files.readString(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"))).trim().split("\\s+");
        Path knownHosts = Files.writeString(tmp.resolve("known_hosts"), "[" + host + "]:" + port + " " + hostKey[0] + " "
                + hostKey[1] + "\n");
        SshConnector connector = new SshConnector(tmp.resolve("no-user-known-hosts"), new DrillbookKnownHosts(knownHosts),
                HostKeyDecision.REJECT, SecretPrompt.NONE, name -> Optional.ofNullable(fx.profiles.get(name)));
        fx.sshShells = new SshjRemoteShellFactory(connector);
        fx.sshTester = new SshjConnectionTester(connector, HostKeyDecision.REJECT);
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void fullRunOverOpenSshPassesEveryStepAndLiftsTheFreeze() {
        Path marker = tmp.resolve("marker file; rm -rf x");
        Playbook playbook = new Playbook("rollback web", "", "shop", "prod", List.of(PlaybookParameter.string("marker", true)),
                List.of(new PlaybookStep("Stop service", new StepAction.Run("openssh",
                                "echo stopped > ${param.marker} && echo done", 0, "^done", null)),
                        new PlaybookStep("Confirm", new StepAction.Manual("Check the service page", List.of())),
                        new PlaybookStep("Approve", new StepAction.Approval("Second pair of eyes", List.of())),
                        new PlaybookStep("Verify", new StepAction.Verify("openssh", "cat ${param.marker}", null,
                                Duration.ofMillis(100), Duration.ofSeconds(10), "stopped"))));

        PlaybookRun run = fx.runner().start(new PlaybookRequest(playbook, Map.of("marker", marker.toString()), "alice",
                tmp.resolve("out")), PlaybookFixture.answering(GateAnswer.yes("alice"), GateAnswer.yes("bob")),
                PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        assertThat(marker).hasContent("stopped");
        assertThat(run.steps()).extracting(StepRecord::state).containsOnly(StepState.PASSED);
        assertThat(run.steps().get(2).actor()).isEqualTo("bob");
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
    }
}
