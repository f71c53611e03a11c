package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.ExportPlaybookCommand;
import io.drillbook.cli.ImportPlaybookCommand;
import io.drillbook.cli.PlaybookRunCommand;
import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RollbackFreezePolicy;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo workspace's stored playbook: runnable by name at once, gates during and after, import/export, rollback freeze. */
class DemoPlaybookTest {
    /** Mid-year, so the demo's year-end freeze never overlaps; the clock still ticks. */
    static final Clock MID_YEAR = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-06-10T10:00:00Z")));
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    @TempDir
    Path dir;
    AppContext ctx;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void seed() {
        ctx = new AppContext(new AppConfig(dir.resolve("data"), null, "alice"), MID_YEAR);
        ctx.seedDemoIfEmpty();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    Path workdir() {
        return io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx);
    }

    int runByName(String... args) {
        PlaybookRunCommand command = new PlaybookRunCommand(
                () -> ctx.playbooks().playbookRunner(ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE)), ctx.playbooks()::playbookTimings,
                ctx.platform()::outputDir, ctx.playbooks()::playbookLibrary, new ByteArrayInputStream(new byte[0]),
                new PrintStream(printed, true, StandardCharsets.UTF_8), MID_YEAR)
                .errorsTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    @Test
    void seededDemoPlaybookRunsByNameWithItsPreparedFolderAsDefault() {
        assertThat(workdir().resolve("live/app.conf")).hasContent("port=broken");

        int exit = runByName("rollback demo service", "--operator", "alice", "--confirm", "Approve the restore",
                "--approver", "bob", "--confirm", "Check the restored config");

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(workdir().resolve("live/app.conf")).hasContent("port=8080");
        assertThat(workdir().resolve("service.pid")).hasContent("demo-service");
    }

    @Test
    void demoPlaybookHasAnApprovalAndAManualCheckpointOnShopProd() {
        Playbook demo = ctx.playbooks().playbookLibrary().playbook("rollback demo service").orElseThrow();

        assertThat(demo.systemEnv()).isEqualTo(SHOP_PROD);
        assertThat(demo.steps()).extracting(s -> s.action().kind()).contains("approval", "manual");
        assertThat(demo.parameters().get(0).defaultValue()).isEqualTo(workdir().toString());
    }

    @Test
    void unknownNameExitsTwoNamingTheStoredPlaybooks() {
        assertThat(runByName("no such playbook")).isEqualTo(2);
        assertThat(printed.toString()).contains("no playbook named 'no such playbook'").contains("rollback demo service");
    }

    @Test
    void gateSaysNoGoWithActiveRecoveryDuringTheRunAndPassesTheFreezeGateAfter() {
        Playbook demo = ctx.playbooks().playbookLibrary().playbook("rollback demo service").orElseThrow();
        List<GateDecision> duringApproval = new ArrayList<>();
        PlaybookGate gate = new PlaybookGate() {
            @Override
            public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
                return GateAnswer.yes("alice");
            }

            @Override
            public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
                duringApproval.add(ctx.calendar().gateService().decide(SHOP_PROD, Optional.empty(), Optional.empty()));
                return GateAnswer.yes("bob");
            }
        };
        PlaybookRun run = ctx.playbooks().playbookRunner(ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE))
                .start(new PlaybookRequest(demo, Map.of(), "alice", ctx.platform().outputDir()), gate, PlaybookListener.NONE);

        assertThat(run.execute(CancellationToken.none())).isEqualTo(RunStatus.COMPLETED);
        GateResult during = freezeGate(duringApproval.get(0));
        assertThat(duringApproval.get(0).go()).isFalse();
        assertThat(during.status()).isEqualTo(GateStatus.FAIL);
        assertThat(during.reason()).contains("active recovery 'Active recovery: rollback demo service run");
        GateResult after = freezeGate(ctx.calendar().gateService().decide(SHOP_PROD, Optional.empty(), Optional.empty()));
        assertThat(after.status()).as(after.reason()).isEqualTo(GateStatus.PASS);
    }

    private static GateResult freezeGate(GateDecision decision) {
        return decision.results().stream().filter(r -> r.gate() == Gate.FREEZE).findFirst().orElseThrow();
    }

    @Test
    void exportThenImportReadsBackTheSameYamlAndRecordsEvidence() throws Exception {
        Path out = dir.resolve("demo.yaml");
        StringWriter said = new StringWriter();
        assertThat(new CommandLine(new ExportPlaybookCommand(ctx.playbooks()::playbookLibrary))
                .execute("rollback demo service", "--out", out.toString())).isZero();
        String renamed = Files.readString(out).replace("playbook: rollback demo service", "playbook: copy of demo");
        Files.writeString(out, renamed);

        int exit = new CommandLine(new ImportPlaybookCommand(ctx.playbooks()::playbookLibrary)).setOut(new PrintWriter(said))
                .execute(out.toString());

        assertThat(exit).isZero();
        assertThat(said.toString()).contains("imported playbook 'copy of demo' for shop/prod (7 steps)");
        assertThat(ctx.playbooks().playbookLibrary().export("copy of demo")).isEqualTo(renamed);
        assertThat(ctx.platform().evidenceLog().repository().find(EvidenceQuery.all(10).withKindPrefix("playbook.saved"))).hasSize(2);
    }

    @Test
    void importOfABadFileNamesFileLineAndWhatIsWrongAndStoresNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"),
                "playbook: x\nsystem: shop\nenvironment: prod\nsteps:\n  - name: a\n    wait: PT1S\n    colour: red\n");

        assertThatThrownBy(() -> ctx.playbooks().playbookLibrary().importText(Files.readString(bad), bad.toString()))
                .hasMessageContaining("bad.yaml:7:5: unknown key 'colour'");
        assertThat(ctx.playbooks().playbookLibrary().stored("x")).isEmpty();
    }

    @Test
    void secondConsecutiveRolledBackReleaseSavedThroughTheWorkspaceStartsTheRollbackFreeze() {
        Release hotfix = ctx.platform().workspaceRepository().release("REL-1041").orElseThrow();
        Release next = ctx.platform().workspaceRepository().release("REL-1042").orElseThrow();

        ctx.calendar().workspaceService().saveRelease(hotfix.withStatus(ReleaseStatus.ROLLED_BACK));
        assertThat(ctx.platform().workspaceRepository().freezes()).noneMatch(f -> f.name().equals(RollbackFreezePolicy.freezeName("shop")));
        ctx.calendar().workspaceService().saveRelease(next.withStatus(ReleaseStatus.ROLLED_BACK));

        assertThat(ctx.platform().workspaceRepository().freezes()).anyMatch(f -> f.name().equals(RollbackFreezePolicy.freezeName("shop")));
    }
}
