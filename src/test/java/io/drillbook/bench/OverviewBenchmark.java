package io.drillbook.bench;

import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.overview.Attention;
import io.drillbook.core.overview.AttentionService;
import io.drillbook.core.overview.TrendService;
import io.drillbook.core.report.GapRegister;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.db.JdbcWaiverRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.playbook.JdbcPlaybookJournal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * overview: what needs attention and the quarter's trend for N systems (BENCH_SYSTEMS, default
 * 1000) with a year of day summaries, 2,000 drills, 40 releases in the next 14 days and gap and
 * refresh evidence, against loading the heat map's default 90 days (the compliance screen) on the
 * same store.
 */
public final class OverviewBenchmark implements Benchmark {
    private static final LocalDate TO = LocalDate.parse("2026-11-20");
    private static final Instant NOW = TO.atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Override
    public String name() {
        return "overview";
    }

    @Override
    public String description() {
        return "the overview's attention items and quarter trend at 1,000 systems vs the compliance screen's 90-day heat map";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int systems = Integer.parseInt(System.getenv().getOrDefault("BENCH_SYSTEMS", "1000"));
        Path dir = Files.createTempDirectory("drillbook-overview-bench");
        try (Database db = Database.embedded(dir)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
            new JdbcDaySummaryStore(db);
            workspace.merge(workspace(systems));
            report.figure("writing " + systems + " x 365 summary rows (setup)",
                    Timing.onceMillis(() -> BenchSummaries.write(db, systems, InventoryScaleBenchmark::yearOf, ZoneOffset.UTC)), "ms");
            JdbcDaySummaryStore summaries = new JdbcDaySummaryStore(db);
            JdbcDrillRunRepository drills = new JdbcDrillRunRepository(db);
            for (int i = 0; i < 2000; i++) {
                Instant at = NOW.minus(Duration.ofHours(1 + i * 4L));
                drills.save(new DrillSummary("run-" + i, new SystemEnv(InventoryScaleBenchmark.name(i % systems), "prod"), "plan", "b",
                        at, at.plusSeconds(1800), i % 13 == 0 ? RunResult.FAILED : RunResult.PASSED, Duration.ofHours(2),
                        Duration.ofMinutes(10 + i % 50), Duration.ofMinutes(10), Duration.ofMinutes(i % 5), "bench"));
            }
            JdbcEvidenceRepository evidenceRepository = new JdbcEvidenceRepository(db);
            EvidenceLog evidence = new EvidenceLog(evidenceRepository, clock, () -> "bench", new JdbcTransactions(db));
            for (int i = 0; i < 200; i++) {
                evidence.record(i % 2 == 0 ? "drill.gap" : "inventory.refresh", "s-" + i, Map.of("system", InventoryScaleBenchmark.name(i),
                        "environment", "prod", "description", "gap " + i, "owner", "bob", "dueDate", TO.minusDays(i % 20).toString(),
                        "outcome", i % 3 == 0 ? "failed" : "succeeded", "problem", "timeout"));
            }
            ComplianceService compliance = new ComplianceService(summaries, workspace, drills, clock);
            RecurrenceExpander expander = new RecurrenceExpander();
            AttentionService attention = new AttentionService(workspace, new JdbcBackupRepository(db, summaries), new JdbcWaiverRepository(db),
                    evidence, compliance, drills, new GapRegister(evidence), new JdbcPlaybookJournal(db), evidenceRepository, expander, clock,
                    ZoneOffset.UTC);
            TrendService trend = new TrendService(summaries, drills, workspace, clock);
            Attention sample = attention.now();
            report.note(sample.needingAction() + " items need attention; " + trend.lastQuarter().totalFailures()
                    + " failed backups in the quarter");
            double[] ms = Timing.interleavedMedianMillis(1, 5, List.of(attention::now, trend::lastQuarter,
                    () -> compliance.matrix(TO.minusDays(89), TO, ZoneOffset.UTC)));
            report.compare("overview attention, " + systems + " systems", ms[0], "heat map, 90 days", ms[2], "ms");
            report.compare("overview trend, 91 days of summaries", ms[1], "heat map, 90 days", ms[2], "ms");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Workspace workspace(int systems) {
        List<ProtectedSystem> list = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        LocalDate from = TO.minusDays(400);
        for (int i = 0; i < systems; i++) {
            String name = InventoryScaleBenchmark.name(i);
            list.add(new ProtectedSystem(name, "team-" + (i % 20), 1 + i % 3, ""));
            policies.add(Policy.of(new SystemEnv(name, "prod"), from, Duration.ofHours(4), Duration.ofHours(4), Period.ofDays(90)));
        }
        for (int i = 0; i < 40; i++) {
            Instant start = NOW.plus(Duration.ofHours(6 + i * 8L));
            releases.add(new Release("REL-" + i, "release " + i, List.of(InventoryScaleBenchmark.name(i * 7 % systems)), List.of("prod"),
                    start, start.plus(Duration.ofHours(2)), i % 5 == 0 ? RiskClass.MAJOR : RiskClass.STANDARD, null, ReleaseStatus.PLANNED, 0));
        }
        return new Workspace(list, policies, List.of(), List.of(), List.of(), releases);
    }
}
