package io.drillbook.bench;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.MatrixComplianceSource;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.report.CsvReportWriter;
import io.drillbook.infra.report.EvidenceShapes;
import io.drillbook.infra.report.PdfReportWriter;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.core.report.ReportScope;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.report.ReportService;
import io.drillbook.testing.ChainGenerator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A quarter's report over 1,000 drills and 200 playbook runs as PDF and as bundle, against writing
 * the same rows (read from the same store) as plain CSV; and verifying a chain of one million events
 * in H2, against SHA-256 of the same canonical forms in memory.
 */
final class ReportsBenchmark implements Benchmark {
    private static final Instant Q_START = Instant.parse("2026-07-01T00:00:00Z");
    private static final ReportScope QUARTER = ReportScope.all(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String description() {
        return "report PDF/bundle over 1,000 drills + 200 playbook runs; verify a 1,000,000-event chain";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-bench-reports");
        try (Database db = Database.embedded(dir.resolve("report"))) {
            reportFigures(report, db, dir);
        }
        try (Database db = Database.embedded(dir.resolve("chain"))) {
            chainFigures(report, db);
        }
    }

    private void reportFigures(BenchReport report, Database db, Path dir) throws Exception {
        JdbcEvidenceRepository evidence = new JdbcEvidenceRepository(db);
        JdbcDrillRunRepository drills = new JdbcDrillRunRepository(db);
        int events = seedQuarter(db, drills);
        report.figure("events in the quarter", events, "events");
        JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
        ComplianceService compliance = new ComplianceService(new JdbcDaySummaryStore(db), workspace, drills, Clock.systemUTC());
        ReportService service = new ReportService(new ReportBuilder(evidence,
                new MatrixComplianceSource(workspace, compliance::matrix, ZoneOffset.UTC)), evidence, () -> "bench");
        AuditReport built = service.build(QUARTER);
        report.note(built.drills().size() + " drills with " + built.drills().stream().mapToInt(d -> d.steps().size()).sum()
                + " steps and checks, " + built.playbookRuns().size() + " playbook runs");
        double csvRows = Timing.medianMillis(1, 5, () -> new CsvReportWriter().files(built));
        double pdfOnly = Timing.medianMillis(1, 5, () -> new PdfReportWriter().write(built));
        report.compare("PDF of the built report (layout + embedded font subset)", pdfOnly, "CSV of the same rows", csvRows, "ms");
        double csv = Timing.medianMillis(1, 5, () -> plainCsv(evidence, drills, dir.resolve("plain.csv")));
        double pdf = Timing.medianMillis(1, 3, () -> service.export(QUARTER, ReportFormat.PDF, dir.resolve("q3.pdf")));
        report.compare("report as PDF (read + build + verify chain + write)", pdf, "same rows as plain CSV", csv, "ms");
        double bundle = Timing.medianMillis(1, 3, () -> service.export(QUARTER, ReportFormat.BUNDLE, dir.resolve("q3.zip")));
        report.compare("report as bundle (PDF+JSON+OSCAL+CSV+chain+manifest, zip)", bundle, "same rows as plain CSV", csv, "ms");
        report.figure("PDF size", Files.size(dir.resolve("q3.pdf")) / 1024.0, "KiB");
        report.figure("bundle size", Files.size(dir.resolve("q3.zip")) / 1024.0, "KiB");
    }

    private int seedQuarter(Database db, JdbcDrillRunRepository drills) throws Exception {
        ChainGenerator chain = new ChainGenerator(db);
        int[] count = {0};
        Instant[] now = {Q_START};
        EvidenceShapes shapes = new EvidenceShapes((actor, kind, subject, payload) -> {
            now[0] = now[0].plusSeconds(20);
            count[0]++;
            try {
                chain.add(new EvidenceDraft(now[0], actor, kind, subject, CanonicalJson.write(payload)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 1000; i++) {
            SystemEnv target = new SystemEnv("sys-" + (i % 50), i % 2 == 0 ? "prod" : "staging");
            now[0] = Q_START.plus(Duration.ofMinutes(120L * i));
            drills.save(new DrillSummary("drill-" + i, target, "plan-" + (i % 7), "snap-" + i, now[0], now[0].plusSeconds(1500),
                    i % 10 == 0 ? RunResult.FAILED : RunResult.PASSED, Duration.ofHours(i % 30), Duration.ofMinutes(25),
                    Duration.ofMinutes(20), Duration.ofMinutes(5), "op-" + (i % 5)));
            shapes.drill("drill-" + i, target.system(), target.environment(), "plan-" + (i % 7), "op-" + (i % 5), "snap-" + i,
                    now[0].minusSeconds(6 * 3600).toString(), 5, i % 10 != 0);
        }
        for (int p = 0; p < 200; p++) {
            now[0] = Q_START.plus(Duration.ofMinutes(600L * p + 7));
            shapes.playbookRun("pb-" + p, "rollback shop", "shop/prod", "ic-" + (p % 3), 5);
        }
        chain.flush();
        return count[0];
    }

    private static EvidenceDraft draft(Instant at, String kind, String subject, Map<String, ?> payload) {
        return new EvidenceDraft(at, "bench", kind, subject, CanonicalJson.write(payload));
    }

    /** The baseline: the same events and drill rows from the same store, joined with commas, no quoting, no report. */
    private static Path plainCsv(JdbcEvidenceRepository evidence, JdbcDrillRunRepository drills, Path out) throws Exception {
        StringBuilder csv = new StringBuilder();
        List<EvidenceEvent> events = new ArrayList<>(evidence.find(
                new EvidenceQuery(QUARTER.start(), QUARTER.end(), null, null, null, null, Integer.MAX_VALUE)));
        events.sort(Comparator.comparingLong(EvidenceEvent::seq));
        for (EvidenceEvent e : events) {
            csv.append(e.seq()).append(',').append(e.time()).append(',').append(e.kind()).append(',').append(e.subject())
                    .append(',').append(e.payload()).append(',').append(e.hash()).append('\n');
        }
        for (DrillSummary d : drills.recent(Integer.MAX_VALUE)) {
            csv.append(d.runId()).append(',').append(d.target()).append(',').append(d.result()).append(',')
                    .append(d.achievedRpo()).append(',').append(d.recoveryTime()).append('\n');
        }
        return Files.write(out, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void chainFigures(BenchReport report, Database db) throws Exception {
        ChainGenerator chain = new ChainGenerator(db);
        List<EvidenceEvent> events = new ArrayList<>(1_000_000);
        double insert = Timing.onceMillis(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                events.add(chain.add(draft(Q_START.plusSeconds(i), "backup.imported", "sys-" + (i % 1000) + "/prod",
                        Map.of("count", i % 97, "source", "restic"))));
            }
            chain.flush();
            return null;
        });
        report.figure("generate + batch-insert 1,000,000 events", insert, "ms");
        JdbcEvidenceRepository repository = new JdbcEvidenceRepository(db);
        ChainVerification[] result = new ChainVerification[1];
        double verify = Timing.medianMillis(0, 1, () -> result[0] = repository.verify());
        double hashOnly = Timing.medianMillis(1, 3, () -> {
            String last = "";
            for (EvidenceEvent e : events) {
                last = EvidenceHashing.hashOf(e);
            }
            return last;
        });
        report.note(result[0].describe());
        report.compare("verify 1,000,000-event chain in H2", verify, "SHA-256 of same canonical forms in memory", hashOnly, "ms");
    }
}
