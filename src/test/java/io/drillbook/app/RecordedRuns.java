package io.drillbook.app;

import io.drillbook.app.settings.ConsoleConnectors;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.CliContext;
import io.drillbook.cli.DrillbookCommand;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.playbook.PlaybookRunHistory;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workspace (the demo's systems, plans and playbook, without its year of backups) holding runs
 * recorded by the real runners, for the run detail tests: a drill of a plan written here whose
 * "Orders present" check fails (4980 against at least 5000) after a step that printed 20,000
 * lines (kept in full) and a manual step confirmed by its operator, with a gap recorded for it; and the demo playbook run to completion with
 * its approval by a second person and its manual checkpoint.
 */
public final class RecordedRuns implements AutoCloseable {
    public static final String FAILED_PLAN = "orders database restore";
    public static final String PLAYBOOK = "rollback demo service";
    public static final String GAP = "Role grant had to be run by hand";

    private final AppContext ctx;
    private final String failedDrill;
    private final String completedPlaybookRun;

    private RecordedRuns(AppContext ctx, String failedDrill, String completedPlaybookRun) {
        this.ctx = ctx;
        this.failedDrill = failedDrill;
        this.completedPlaybookRun = completedPlaybookRun;
    }

    /** Records the runs in a new workspace under {@code dataDir}; the workspace stays open until {@link #close()}. */
    public static RecordedRuns record(Path dataDir) {
        AppContext ctx = new AppContext(new AppConfig(dataDir, null, "alice"), Clock.systemUTC());
        new io.drillbook.app.demo.DemoSeeding(ctx).seedWorkspaceIfEmpty();
        return recordInto(ctx);
    }

    /** Records the runs in {@code ctx}'s workspace, which holds the demo's systems, drill plans and playbook. */
    public static RecordedRuns recordInto(AppContext ctx) {
        Path plan = writePlan(ctx.platform().config().dataDir());
        run(ctx, 1, "drill", "run", plan.toString(), "--confirm-manual");
        DrillSummary failed = ctx.drills().drillRunRepository().recent(10).stream().filter(d -> d.plan().equals(FAILED_PLAN))
                .findFirst().orElseThrow();
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("system", failed.target().system());
        gap.put("environment", failed.target().environment());
        gap.put("description", GAP);
        gap.put("owner", "bob");
        gap.put("dueDate", LocalDate.now(ctx.platform().clock()).plusDays(14).toString());
        ctx.platform().evidenceLog().record("drill.gap", failed.runId(), gap);
        run(ctx, 0, "playbook", "run", PLAYBOOK, "--operator", "alice", "--confirm", "Approve the restore",
                "--approver", "bob", "--confirm", "Check the restored config");
        RunInfo completed = ctx.playbooks().playbookJournal().runsOf(PLAYBOOK, 1).stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .findFirst().orElseThrow();
        return new RecordedRuns(ctx, failed.runId(), completed.runId());
    }

    private static Path writePlan(Path dataDir) {
        String yaml = """
                drill: %s
                system: catalog
                environment: prod
                target: local
                backup:
                  pick: id
                  id: demo-catalog-files
                keepFullOutput: true
                steps:
                  - name: Create an empty restore folder
                    run: echo created
                  - name: Restore the orders table
                    run: seq 1 20000
                  - name: Point the app config at the drill database
                    manual: Edit the drill config so it uses the restored database, then click Done.
                checks:
                  - name: Schema version
                    run: echo 5
                    expect: { equals: "5" }
                  - name: Orders present
                    run: echo 4980
                    expect: { atLeast: 5000 }
                cleanup:
                  - name: Remove the restore
                    run: "true"
                """.formatted(FAILED_PLAN);
        try {
            return Files.writeString(dataDir.resolve("orders-restore.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a headless command on this workspace; its exit status. */
    public int cli(String... args) {
        return DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true)).execute(args);
    }

    /** Runs a headless command that must succeed on this workspace; what it printed. */
    public String cliOut(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + status + ": " + err);
        }
        return out.toString();
    }

    private static void run(AppContext ctx, int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        if (status != expected) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + status + ": " + out + err);
        }
    }

    public String failedDrill() {
        return failedDrill;
    }

    public String completedPlaybookRun() {
        return completedPlaybookRun;
    }

    public AppContext context() {
        return ctx;
    }

    public DrillRunHistory drillHistory() {
        return ctx.drills().drillRunHistory(ConsoleConnectors.of(ctx.settings()));
    }

    public PlaybookRunHistory playbookHistory() {
        return new PlaybookRunHistory(ctx.playbooks().playbookJournal(), ctx.platform().evidenceRepository());
    }

    public io.drillbook.core.report.ReportExporter exporter() {
        return ctx.reports().exporter();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
