package io.drillbook.infra.pipeline;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.pipeline.NotificationKind;
import io.drillbook.core.pipeline.PipelineSettings;
import io.drillbook.core.pipeline.PreReleaseBackupSpec;
import io.drillbook.infra.workspace.FileFormatException;
import io.drillbook.infra.workspace.WorkspaceYaml;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelinesYamlTest {
    private static final String FILE = """
            systems:
              - name: shop
                owner: alice
                tier: 1
                environments:
                  prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
            pipelines:
              preReleaseBackups:
                - system: shop
                  environment: prod
                  profile: db-host
                  command: restic backup --json /var/lib/shop
                  result: { resticJson: true }
                  attempts: 3
                  retryDelay: PT30S
              webhooks:
                - name: oncall
                  url: env:SLACK_URL
                  events: [gate-no-go, backup-run-failed]
              evidenceForwarding:
                - name: siem
                  syslog: siem.internal:6514
                  tls: true
            """;

    @Test
    void theWorkspaceReaderIgnoresThePipelinesPartAndThisReaderTakesIt() {
        assertThat(WorkspaceYaml.read(FILE, "ws.yaml").systems()).hasSize(1);
        PipelineSettings s = PipelinesYaml.read(FILE, "ws.yaml").orElseThrow();
        PreReleaseBackupSpec b = s.preReleaseBackup(new SystemEnv("shop", "prod")).orElseThrow();
        assertThat(b.profile()).isEqualTo("db-host");
        assertThat(b.result()).isEqualTo(PreReleaseBackupSpec.ResultKind.RESTIC_JSON);
        assertThat(b.attempts()).isEqualTo(3);
        assertThat(b.retryDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.webhooks().get(0).events()).isEqualTo(Set.of(NotificationKind.GATE_NO_GO, NotificationKind.BACKUP_RUN_FAILED));
        assertThat(s.forwarding().get(0).tls()).isTrue();
        assertThat(PipelinesYaml.read("pipelines:\n" + PipelinesYaml.write(s).substring("pipelines:\n".length()), "again"))
                .contains(s);
    }

    @Test
    void aFileWithoutPipelinesHasNone() {
        assertThat(PipelinesYaml.read("systems: []\n", "ws.yaml")).isEmpty();
    }

    @Test
    void mistakesNameFileLineAndColumn() {
        assertThatThrownBy(() -> PipelinesYaml.read(FILE.replace("attempts: 3", "atempts: 3"), "ws.yaml"))
                .isInstanceOf(FileFormatException.class).hasMessageMatching("ws\\.yaml:1[56]:\\d+: unknown key .atempts. .*");
        assertThatThrownBy(() -> PipelinesYaml.read(FILE.replace("[gate-no-go, backup-run-failed]", "[gate-nogo]"), "ws.yaml"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("ws.yaml:").hasMessageContaining("unknown event 'gate-nogo'");
        assertThatThrownBy(() -> PipelinesYaml.read(FILE.replace("result: { resticJson: true }", "result: {}"), "ws.yaml"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("exactly one of 'file: PATH' or 'resticJson: true'");
    }
}
