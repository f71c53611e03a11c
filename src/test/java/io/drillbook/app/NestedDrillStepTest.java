package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.Cli;
import io.drillbook.core.evidence.EvidenceQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A playbook's "run drill plan X" step runs the stored plan as a nested drill with its own evidence. */
class NestedDrillStepTest {
    @TempDir
    Path dir;

    @Test
    void playbookDrillStepRunsTheDemoFileRestoreDrill() throws Exception {
        Path data = dir.resolve("data");
        Path playbook = dir.resolve("verify-restore.yaml");
        Files.writeString(playbook, """
                playbook: verify catalog restore
                system: catalog
                environment: prod
                steps:
                  - name: Prove the catalog backup restores
                    drill:
                      plan: "demo: catalog files restore"
                """);
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"playbook", "run", playbook.toString(), "--data-dir", data.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), AppContext::open);
        assertThat(status).as(err.toString()).isZero();
        try (AppContext ctx = new AppContext(new AppConfig(data, null, "checker"), Clock.systemUTC())) {
            assertThat(ctx.platform().evidenceLog().repository().find(EvidenceQuery.all(50).withKindPrefix("drill.finished")))
                    .anySatisfy(e -> assertThat(e.payload()).contains("PASSED"));
            assertThat(ctx.platform().evidenceLog().verify().isIntact()).isTrue();
        }
    }
}
