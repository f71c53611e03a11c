package io.drillbook.core.drill;

import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill runner's rules on the in-memory stores, with the local shell (moved from infra.drill, same assertions). */
class DrillRunnerTest {
    private static final ManualStepGate NO_PERSON = ManualStepGate.refuse("nobody", Clock.systemUTC());

    @TempDir
    Path tmp;
    DrillRunFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new DrillRunFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void passingDrillRestoresTheBackupComparesChecksumsAndMarksItVerified() {
        DrillResult result = run(fx.restorePlan(List.of(), List.of()), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.summary().result()).isEqualTo(RunResult.PASSED);
        assertThat(result.steps()).extracting(StepOutcome::state).containsOnly(StepState.PASSED);
        StepOutcome check = result.step("Checksum matches backup").orElseThrow();
        assertThat(check.verdict().actual()).isEqualTo(fx.backup.checksum());
        assertThat(check.output().stdoutSha256()).hasSize(64);
        assertThat(result.summary().achievedRpo()).isBetween(Duration.ofHours(6), Duration.ofHours(6).plusMinutes(1));
        assertThat(result.rpoMet()).contains(true);
        assertThat(result.rtoMet()).contains(true);
        assertThat(result.rtoVerdict().code()).isEqualTo("met");
        assertThat(fx.restoreDir).doesNotExist();
        assertThat(fx.backups.byExternalId(DrillRunFixture.SHOP_PROD, "snap-1").orElseThrow().verified()).isTrue();
        assertThat(fx.runs.of(DrillRunFixture.SHOP_PROD)).singleElement()
                .satisfies(s -> assertThat(s.result()).isEqualTo(RunResult.PASSED));
        assertThat(fx.evidence.verify().isIntact()).isTrue();
    }

    @Test
    void checkWithWrongValueFailsWithExpectedAndActual() {
        DrillCheck version = DrillCheck.of("Schema version", "echo 4", Expectation.equalTo("5"));
        DrillResult result = run(fx.restorePlan(List.of(), List.of(version)), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        StepOutcome check = result.step("Schema version").orElseThrow();
        assertThat(check.state()).isEqualTo(StepState.FAILED);
        assertThat(check.verdict().expected()).isEqualTo("= 5");
        assertThat(check.verdict().actual()).isEqualTo("4");
        assertThat(check.message()).isEqualTo("expected = 5 but was 4");
        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
        assertThat(fx.backups.byExternalId(DrillRunFixture.SHOP_PROD, "snap-1").orElseThrow().verified()).isFalse();
        assertThat(lastEvent("drill.step", "Schema version").payload()).contains("\"actual\":\"4\"", "\"expected\":\"= 5\"");
    }

    @Test
    void failedCheckDoesNotStopTheOtherChecksEachReportedWithExpectedAndActual() {
        List<DrillCheck> checks = List.of(DrillCheck.of("Schema version", "echo 5", Expectation.equalTo("6")),
                DrillCheck.of("Orders", "echo 6000", Expectation.atLeast(5000)),
                DrillCheck.of("Customers", "echo 12", Expectation.atLeast(100)));
        DrillResult result = run(fx.restorePlan(List.of(), checks), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.CHECK).hasSize(4).allSatisfy(s -> assertThat(s.verdict()).isNotNull());
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.CHECK && !s.name().startsWith("Checksum"))
                .extracting(s -> s.name() + " " + s.state() + " " + s.verdict().expected() + " / " + s.verdict().actual())
                .containsExactly("Schema version FAILED = 6 / 5", "Orders PASSED >= 5000 / 6000", "Customers FAILED >= 100 / 12");
        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
        assertThat(result.step("Remove restore folder").orElseThrow().state()).isEqualTo(StepState.PASSED);
    }

    @Test
    void failedDrillHasNotDemonstratedTheRtoHoweverFastItWas() {
        DrillCheck wrong = DrillCheck.of("Schema version", "echo 5", Expectation.equalTo("6"));
        DrillResult result = run(fx.restorePlan(List.of(), List.of(wrong)), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.summary().recoveryTime()).isLessThan(Duration.ofHours(4));
        assertThat(result.rtoMet()).contains(false);
        assertThat(result.rtoVerdict().code()).isEqualTo("not-demonstrated");
        String finished = fx.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill.finished")).get(0).payload();
        assertThat(finished).contains("\"rtoVerdict\":\"not-demonstrated\"", "\"rtoMet\":false", "\"result\":\"FAILED\"");
    }

    @Test
    void failedStepSkipsTheRestAndTheChecksButCleanupRuns() {
        DrillPlan plan = fx.restorePlan(List.of(DrillStep.command("Break", "echo broken >&2; exit 3"),
                DrillStep.command("Never", "touch never")), List.of());
        DrillResult result = run(plan, NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.step("Break").orElseThrow().state()).isEqualTo(StepState.FAILED);
        assertThat(result.step("Break").orElseThrow().output().exitStatus()).isEqualTo(3);
        assertThat(result.step("Break").orElseThrow().output().stderrTail()).contains("broken");
        assertThat(result.step("Break").orElseThrow().message()).startsWith("exit 3 after").endsWith(": broken");
        assertThat(result.step("Never").orElseThrow().state()).isEqualTo(StepState.SKIPPED);
        assertThat(result.step("Checksum matches backup").orElseThrow().state()).isEqualTo(StepState.SKIPPED);
        assertThat(result.step("Remove restore folder").orElseThrow().state()).isEqualTo(StepState.PASSED);
        assertThat(fx.restoreDir).doesNotExist();
        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
    }

    @Test
    void stepThatRunsPastItsTimeoutFails() {
        DrillStep slow = DrillStep.command("Slow restore", "sleep 30").withTimeout(Duration.ofMillis(300));
        DrillResult result = run(fx.restorePlan(List.of(slow), List.of()), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        StepOutcome step = result.step("Slow restore").orElseThrow();
        assertThat(step.state()).isEqualTo(StepState.FAILED);
        assertThat(step.message()).startsWith("timed out");
        assertThat(step.automated()).isLessThan(Duration.ofSeconds(20));
        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
    }

    @Test
    void cancelledRunMarksTheRestCancelledAndStillRunsCleanup() throws IOException {
        Path marker = Files.createDirectories(fx.restoreDir).resolve("restore-in-progress");
        DrillStep longOne = DrillStep.command("Long restore", "touch " + marker + "; echo ready; sleep 30");
        CancellationToken cancel = new CancellationToken();
        CountDownLatch ready = new CountDownLatch(1);
        DrillListener readyWatcher = new DrillListener() {
            @Override
            public void output(String runId, StepOutcome step, OutputChannel channel, String line) {
                if (line.equals("ready")) {
                    ready.countDown();
                }
            }
        };
        ExecutorService operator = Executors.newSingleThreadExecutor();
        DrillResult result;
        try {
            operator.submit(() -> {
                if (ready.await(20, TimeUnit.SECONDS)) {
                    cancel.cancel();
                }
                return null;
            });
            result = run(fx.restorePlan(List.of(longOne), List.of()), NO_PERSON, readyWatcher, cancel);
        } finally {
            operator.shutdownNow();
        }

        assertThat(result.summary().result()).isEqualTo(RunResult.CANCELLED);
        assertThat(result.step("Long restore").orElseThrow().state()).isEqualTo(StepState.CANCELLED);
        assertThat(result.step("Checksum matches backup").orElseThrow().state()).isEqualTo(StepState.CANCELLED);
        assertThat(result.step("Remove restore folder").orElseThrow().state()).isEqualTo(StepState.PASSED);
        assertThat(marker).doesNotExist();
    }

    @Test
    void manualStepWaitsForAPersonAndCountsAsManualTime() {
        DrillStep manual = DrillStep.manual("Point app at drill copy", "Edit app.env, then click Done");
        List<String> asked = new ArrayList<>();
        ManualStepGate bob = (runId, step, cancel) -> {
            asked.add(step.manual());
            fx.clock.advance(Duration.ofMinutes(4));
            return ManualConfirmation.done("bob", fx.clock.instant());
        };
        DrillResult result = run(fx.restorePlan(List.of(manual), List.of()), bob, DrillListener.NONE, CancellationToken.none());

        StepOutcome step = result.step("Point app at drill copy").orElseThrow();
        assertThat(asked).containsExactly("Edit app.env, then click Done");
        assertThat(step.state()).isEqualTo(StepState.PASSED);
        assertThat(step.confirmation().confirmedBy()).isEqualTo("bob");
        assertThat(step.manual()).isGreaterThanOrEqualTo(Duration.ofMinutes(4));
        assertThat(result.summary().manual()).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(4).plusSeconds(10));
        assertThat(result.summary().recoveryTime()).isEqualTo(result.summary().automated().plus(result.summary().manual()));
        assertThat(lastEvent("drill.step", "Point app at drill copy").payload()).contains("\"confirmedBy\":\"bob\"");
    }

    @Test
    void manualStepNobodyConfirmsFailsTheDrill() {
        DrillStep manual = DrillStep.manual("Point app at drill copy", "Edit app.env");
        DrillResult result = run(fx.restorePlan(List.of(manual), List.of()), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.step("Point app at drill copy").orElseThrow().message()).contains("--confirm-manual");
        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
    }

    @Test
    void everyStateChangeIsInTheEvidenceLogBeforeListenersHearOfIt() {
        List<String> seen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        DrillListener auditor = new DrillListener() {
            @Override
            public void stepChanged(String runId, StepOutcome step) {
                seen.add(step.name() + " " + step.state());
                EvidenceEvent newest = fx.evidence.repository().find(EvidenceQuery.all(1).withKindPrefix("drill.step")).get(0);
                if (!newest.subject().equals(runId) || !newest.payload().contains("\"state\":\"" + step.state() + "\"")
                        || !newest.payload().contains("\"name\":\"" + step.name() + "\"")) {
                    missing.add(step.name() + " " + step.state());
                }
            }

            @Override
            public void runFinished(DrillResult result) {
                seen.add("finished");
                if (fx.evidence.repository().find(EvidenceQuery.all(1).withKindPrefix("drill.finished")).isEmpty()) {
                    missing.add("finished");
                }
            }
        };
        run(fx.restorePlan(List.of(), List.of()), NO_PERSON, auditor, CancellationToken.none());

        assertThat(seen).containsExactly("Create restore folder RUNNING", "Create restore folder PASSED",
                "Restore file RUNNING", "Restore file PASSED", "Checksum matches backup RUNNING",
                "Checksum matches backup PASSED", "Remove restore folder RUNNING", "Remove restore folder PASSED", "finished");
        assertThat(missing).isEmpty();
    }

    @Test
    void parameterHoldingShellSyntaxArrivesLiterally() throws IOException {
        String hostile = "$(touch pwned) `touch pwned2`; touch pwned3 'quoted' \"double\"";
        Path out = tmp.resolve("param.txt");
        DrillPlan base = fx.restorePlan(List.of(), List.of());
        DrillPlan plan = new DrillPlan(base.name(), "shop", "prod", "local", base.backup(), Map.of("restoreDir",
                fx.restoreDir.toString(), "x", hostile), List.of(DrillStep.command("Echo", "cd " + tmp + " && printf %s ${param.x} > " + out)),
                List.of(), List.of(), false);
        DrillResult result = run(plan, NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.summary().result()).isEqualTo(RunResult.PASSED);
        assertThat(Files.readString(out)).isEqualTo(hostile);
        assertThat(tmp.resolve("pwned")).doesNotExist();
        assertThat(tmp.resolve("pwned2")).doesNotExist();
        assertThat(tmp.resolve("pwned3")).doesNotExist();
    }

    @Test
    void parameterWithSecretNameIsUsedButNeverRecorded() throws IOException {
        Path out = tmp.resolve("secret.txt");
        DrillPlan base = fx.restorePlan(List.of(), List.of());
        DrillPlan plan = new DrillPlan(base.name(), "shop", "prod", "local", base.backup(), Map.of("dbPassword", "hunter2"),
                List.of(DrillStep.command("Use secret", "printf %s ${param.dbPassword} > " + out)), List.of(), List.of(), false);
        DrillResult result = run(plan, NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(Files.readString(out)).isEqualTo("hunter2");
        assertThat(result.step("Use secret").orElseThrow().command()).contains("'***'").doesNotContain("hunter2");
        assertThat(fx.evidence.repository().find(EvidenceQuery.all(100))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.payload()).doesNotContain("hunter2"));
        assertThat(fx.journal.steps(result.runId())).allSatisfy(s -> assertThat(s.toString()).doesNotContain("hunter2"));
    }

    @Test
    void unknownPlaceholderFailsTheStepNamingIt() {
        DrillStep typo = DrillStep.command("Typo", "echo ${param.nope}");
        DrillResult result = run(fx.restorePlan(List.of(typo), List.of()), NO_PERSON, DrillListener.NONE, CancellationToken.none());

        assertThat(result.step("Typo").orElseThrow().state()).isEqualTo(StepState.FAILED);
        assertThat(result.step("Typo").orElseThrow().message()).contains("unknown variable 'param.nope'");
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.CLEANUP).extracting(StepOutcome::state)
                .containsOnly(StepState.PASSED);
    }

    private DrillResult run(DrillPlan plan, ManualStepGate gate, DrillListener listener, CancellationToken cancel) {
        return fx.runner().run(fx.request(plan), fx.shell, gate, listener, cancel);
    }

    private EvidenceEvent lastEvent(String kind, String stepName) {
        return fx.evidence.repository().find(EvidenceQuery.all(200).withKindPrefix(kind)).stream()
                .filter(e -> e.payload().contains("\"name\":\"" + stepName + "\"")).findFirst().orElseThrow();
    }
}
