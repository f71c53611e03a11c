package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.WorkspaceInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: the console and the command line on one embedded workspace at the same time. This JVM
 * holds the workspace open through the app's own wiring ({@link AppContext}, as the console does;
 * no window, to stay fast) while child JVMs run the real launcher on the same data folder.
 */
class SharedWorkspaceTest {

    @Test
    void gateInAnotherProcessSeesTheRecoveryFreezeStartedWhileTheWorkspaceIsOpenHere(@TempDir Path dir) throws Exception {
        try (AppContext console = open(dir)) {
            HeadlessDrillbookJvm before = HeadlessDrillbookJvm.start("pipeline", "--data-dir", dir.toString(),
                    "gate", "--system", "payments", "--env", "prod");
            int beforeStatus = before.exitStatus();
            assertThat(beforeStatus).as(before.output()).isNotEqualTo(2);
            assertThat(before.output()).contains("no freeze or active recovery for prod");

            console.playbooks().incidentFreeze().begin("rollback demo service", "prod", "run-1", "carol");

            HeadlessDrillbookJvm after = HeadlessDrillbookJvm.start("pipeline", "--data-dir", dir.toString(),
                    "gate", "--system", "payments", "--env", "prod");
            assertThat(after.exitStatus()).as(after.output()).isEqualTo(1);
            assertThat(after.output()).contains("falls in active recovery '"
                    + IncidentFreeze.nameFor("rollback demo service", "run-1") + "'").doesNotContain("no freeze or active recovery for prod");
        }
    }

    @Test
    void aDrillRunInAnotherProcessIsSeenHereAtOnce(@TempDir Path dir) throws Exception {
        Path plan = Files.writeString(dir.resolve("one-step.yaml"), "drill: shared one step\nsystem: payments\n"
                + "environment: prod\ntarget: local\nbackup:\n  pick: latest\nsteps:\n  - name: only\n    run: echo restored\n");
        try (AppContext console = open(dir.resolve("data"))) {
            HeadlessDrillbookJvm drill = HeadlessDrillbookJvm.start("operator", "--data-dir", dir.resolve("data").toString(),
                    "drill", "run", plan.toString());
            assertThat(drill.exitStatus()).as(drill.output()).isZero();

            List<EvidenceEvent> finished = console.platform().evidenceLog().repository().find(
                    EvidenceQuery.all(100).withKindPrefix("drill.finished"));
            assertThat(finished).extracting(EvidenceEvent::payload).anyMatch(p -> p.contains("\"plan\":\"shared one step\""));
            assertThat(console.platform().evidenceLog().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aWorkspaceHeldByAProgramThatDoesNotShareItIsOneClearLine(@TempDir Path dir) throws Exception {
        try (Database created = Database.embedded(dir)) {
            assertThat(created.describe()).startsWith("jdbc:h2:file:");
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldWithoutSharingMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("READY");

            assertThatThrownBy(() -> Database.embedded(dir)).isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("is held by another program that does not share it")
                    .hasMessageNotContaining("Database may be already in use");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    private static AppContext open(Path dataDir) {
        AppContext context = new AppContext(AppConfig.of(dataDir.toString(), null), Clock.systemUTC());
        context.seedDemoIfEmpty();
        return context;
    }
}
