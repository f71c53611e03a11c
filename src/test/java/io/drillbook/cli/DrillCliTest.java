package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.team.LockResources;
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

import static org.assertj.core.api.Assertions.assertThat;

/** One demo workspace for the class (seeding it is the slow part). {@code drill run}, {@code drill list}, {@code import/export drill-plan} on the demo workspace, on the local profile. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillCliTest {
    static final String FILES_PLAN = "demo: catalog files restore";
    static final String SQL_PLAN = "demo: payments database restore";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    AppContext ctx;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    void open() {
        ctx = new AppContext(AppConfig.of(dataDir.toString(), null), Clock.systemUTC());
        ctx.seedDemoIfEmpty();
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void demoFilesDrillPassesWithProgressLinesAndExitZero() {
        Run r = run("drill", "run", FILES_PLAN);

        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Restore the file backup", "RUNNING", "Every file matches the manifest", "PASSED")
                .contains("within RTO");
    }

    @Test
    void demoSqlDrillRestoresIntoH2AndChecksSchemaVersionWhenManualStepsAreConfirmed() {
        Run r = run("drill", "run", SQL_PLAN, "--confirm-manual", "--json");

        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("\"kind\" : \"drill.finished\"", "\"result\" : \"PASSED\"", "Schema version: PASSED");
    }

    @Test
    void manualStepWithoutConfirmationAndNoTerminalIsRefusedBeforeStartingAndRecordsNothing() {
        long eventsBefore = ctx.platform().evidenceRepository().find(io.drillbook.core.evidence.EvidenceQuery.all(100_000)).size();
        int runsBefore = ctx.drills().drillRunRepository().recent(10_000).size();

        Run r = run("drill", "run", SQL_PLAN);

        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("'Point the app config at the drill database'", "--confirm-manual", "nothing was run");
        assertThat(r.out()).isEmpty();
        assertThat(ctx.platform().evidenceRepository().find(io.drillbook.core.evidence.EvidenceQuery.all(100_000))).hasSize((int) eventsBefore);
        assertThat(ctx.drills().drillRunRepository().recent(10_000)).hasSize(runsBefore);
    }

    @Test
    void failedDrillIsListedAndShownWithEveryCheckAndRtoNotDemonstrated() throws Exception {
        Path file = dataDir.resolve("two-wrong.yaml");
        run("export", "drill-plan", SQL_PLAN, "--out", file.toString());
        String yaml = Files.readString(file).replace("drill: \"" + SQL_PLAN + "\"", "drill: \"two wrong\"");
        Files.writeString(file, yaml.replace("equals: \"4.1\"", "equals: \"5\"").replace("equals: '4.1'", "equals: '5'")
                .replace("equals: 4.1", "equals: \"5\"").replace("atLeast: 500", "atLeast: 5000000"));

        Run r = run("drill", "run", file.toString(), "--confirm-manual");
        String runId = r.out().lines().filter(l -> l.startsWith("drill ") && l.contains(" FAILED:")).findFirst().orElseThrow()
                .split(" ")[1];
        Run list = run("drill", "runs", "--system", "payments", "--env", "prod");
        Run show = run("drill", "show", runId);
        Run json = run("drill", "show", runId, "--json");

        assertThat(r.out()).as(r.out()).contains("RTO not demonstrated").doesNotContain("within RTO");
        assertThat(list.out()).contains(runId, "FAILED", "RTO not demonstrated");
        assertThat(show.out()).contains("Schema version", "expected = 5, actual 4.1", "Orders present", "expected >= 5000000",
                "Dump intact", "evidence: [#");
        assertThat(show.out()).as("times read as the console shows them, zone named, never raw ISO instants")
                .containsPattern("started \\S+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+, finished \\S+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+: FAILED")
                .doesNotContainPattern("\\d\\dT\\d\\d:\\d\\d");
        assertThat(show.out().lines().filter(l -> l.contains("CHECK")).filter(l -> !l.contains("SKIPPED")).count()).isEqualTo(3);
        assertThat(json.out()).contains("\"rtoVerdict\" : \"not-demonstrated\"", "\"rtoMet\" : false", "\"stdoutSha256\"");
    }

    @Test
    void wrongExpectedValueFailsWithTheMismatch() throws Exception {
        Path file = dataDir.resolve("wrong.yaml");
        run("export", "drill-plan", SQL_PLAN, "--out", file.toString());
        Files.writeString(file, Files.readString(file).replace("equals: \"4.1\"", "equals: \"5\"")
                .replace("equals: '4.1'", "equals: '5'").replace("equals: 4.1", "equals: \"5\""));

        Run r = run("drill", "run", file.toString(), "--confirm-manual");

        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Schema version").contains("4.1");
    }

    @Test
    void secondDrillOnALockedTargetIsRefusedNamingTheHolder() {
        ctx.platform().runLocks().acquire(LockResources.drillTarget("local"), "bob@ops-2");
        Run r;
        try {
            r = run("drill", "run", FILES_PLAN);
        } finally {
            ctx.platform().runLocks().release(LockResources.drillTarget("local"));
        }

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("drill-target:local is held by bob@ops-2 since");
    }

    @Test
    void exportedPlanImportsBackUnchangedAndIsListed() throws Exception {
        Path file = dataDir.resolve("files.yaml");
        Run export = run("export", "drill-plan", FILES_PLAN, "--out", file.toString());
        assertThat(export.status()).as(export.err()).isZero();
        Files.writeString(file, Files.readString(file).replace(FILES_PLAN, "my copy"));

        Run imported = run("import", "drill-plan", file.toString());
        Run list = run("drill", "list");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(list.out()).contains("my copy", FILES_PLAN, SQL_PLAN);
        assertThat(run("export", "drill-plan", "my copy").out()).isEqualTo(Files.readString(file));
    }

    @Test
    void playbookRunsAndShowListARunWithItsStepsAndEvidence() {
        Run played = run("playbook", "run", "rollback demo service", "--operator", "alice", "--confirm", "Approve the restore",
                "--approver", "bob", "--confirm", "Check the restored config");
        Run list = run("playbook", "runs", "--system", "shop", "--env", "prod");
        String runId = list.out().lines().findFirst().orElseThrow().split("\\s+")[0];
        Run show = run("playbook", "show", runId);
        Run json = run("playbook", "show", runId, "--json");

        assertThat(played.status()).as(played.out() + played.err()).isZero();
        assertThat(list.out()).contains("rollback demo service", "COMPLETED");
        assertThat(show.out()).contains("Approve the restore", "by bob", "evidence: [#");
        assertThat(json.out()).contains("\"runId\" : \"" + runId + "\"", "\"steps\" : [", "\"kind\" : \"playbook.started\"");
        assertThat(run("playbook", "show", "no-such-run").status()).isEqualTo(2);
    }

    @Test
    void unknownPlanIsAnErrorWithExitTwo() {
        Run r = run("drill", "run", "no such plan");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no such plan");
    }
}
