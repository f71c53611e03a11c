package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.CliContext;
import io.drillbook.cli.DrillbookCommand;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.DrillEntry;
import io.drillbook.core.report.DrillStepEntry;
import io.drillbook.core.report.ReportScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of what the real runners recorded (on the demo's systems, playbook and drill plans): the demo SQL drill run headless once with its
 * manual step confirmed (passes) and once without (fails), the demo playbook dry-run and then run
 * to completion; then the report read, exported as a bundle and verified.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFromRealRunsTest {
    static final String SQL_PLAN = "demo: payments database restore";
    static final String PLAYBOOK = "rollback demo service";

    @TempDir
    static Path dataDir;
    AppContext ctx;
    AuditReport report;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    void runDrillsAndAPlaybook() {
        ctx = new AppContext(new AppConfig(dataDir, null, "tester"), Clock.systemUTC());
        // The demo's systems, playbook and drill plans only: its year of backup history is not needed here.
        new io.drillbook.app.demo.DemoSeeding(ctx).seedWorkspaceIfEmpty();
        Run passed = run("drill", "run", SQL_PLAN, "--confirm-manual");
        assertThat(passed.status()).as(passed.out() + passed.err()).isZero();
        // a restore that cannot run: the plan's java command replaced by one that always fails
        Run failed = run("drill", "run", SQL_PLAN, "--confirm-manual", "--param", "java=false");
        assertThat(failed.status()).as(failed.out() + failed.err()).isEqualTo(1);
        run("playbook", "run", PLAYBOOK, "--dry-run");
        Run playbook = run("playbook", "run", PLAYBOOK, "--operator", "tester", "--confirm", "Approve the restore",
                "--approver", "bob", "--confirm", "Check the restored config");
        assertThat(playbook.status()).as(playbook.out() + playbook.err()).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        report = ctx.reports().exporter().build(ReportScope.all(today.minusDays(1), today.plusDays(1)));
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    private DrillEntry drill(String status) {
        return report.drills().stream().filter(d -> d.plan().equals(SQL_PLAN) && d.status().equals(status)).findFirst().orElseThrow();
    }

    @Test
    void passedDrillListsEveryStepCheckWithExpectedAndActualAndWhoConfirmedTheManualStep() {
        DrillEntry passed = drill("PASSED");
        assertThat(passed.rtoVerdict()).isEqualTo("met");
        assertThat(passed.backupId()).isNotEmpty();
        assertThat(passed.achievedRpo()).isNotNull();
        assertThat(passed.steps()).hasSizeGreaterThan(2).allSatisfy(s -> assertThat(s.state()).isIn("PASSED", "SKIPPED"));
        assertThat(passed.steps()).filteredOn(s -> s.kind().equals("CHECK")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.expected()).isNotEmpty());
        DrillStepEntry manual = passed.steps().stream().filter(s -> s.kind().equals("MANUAL")).findFirst().orElseThrow();
        assertThat(manual.confirmedBy()).isNotEmpty();
        assertThat(manual.confirmedAt()).isNotNull();
    }

    @Test
    void failedDrillRowSaysNotDemonstrated() {
        DrillEntry failed = drill("FAILED");
        assertThat(failed.rtoVerdict()).isEqualTo("not demonstrated");
        assertThat(failed.steps()).anyMatch(s -> s.state().equals("FAILED"));
    }

    @Test
    void completedPlaybookRunSaysCompletedAndTheDryRunIsNoRun() {
        assertThat(report.playbookRuns()).singleElement().satisfies(r -> {
            assertThat(r.playbook()).isEqualTo(PLAYBOOK);
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.steps()).isNotEmpty();
            assertThat(r.timeline()).extracting(t -> t.kind()).contains("playbook.started", "playbook.finished");
        });
    }

    @Test
    void bundleOfTheRealRunsVerifies() throws Exception {
        Path bundle = dataDir.resolve("real.zip");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Run export = run("export", "report", "--from", today.minusDays(1).toString(), "--to", today.plusDays(1).toString(),
                "--format", "bundle", "--out", bundle.toString());
        assertThat(export.status()).as(export.err()).isZero();
        Run verify = run("verify", bundle.toString());
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
        assertThat(Files.size(bundle)).isPositive();
    }
}
