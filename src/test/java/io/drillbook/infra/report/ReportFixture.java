package io.drillbook.infra.report;

import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.MatrixComplianceSource;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import java.time.ZoneOffset;
import java.util.Optional;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.core.report.ReportScope;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real H2 store with a fixed, small month of evidence: one drill, one playbook run, a gate decision and a waiver. */
public final class ReportFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
    public static final Instant GENERATED_AT = Instant.parse("2026-11-01T09:00:00Z");
    public static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    public static final SystemEnv CRM = new SystemEnv("crm", "prod");

    /** The H2 store; null for {@link #inMemory()}. */
    public final Database db;
    public final EvidenceRepository evidence;
    public final DrillRunRepository drills;
    public final WorkspaceRepository workspace;
    public final BackupRepository backups;
    private final DaySummaryStore summaries;
    public final EvidenceLog log;
    public final Clock clock = new StepClock(START, Duration.ofMinutes(7));

    public ReportFixture(Path dir) {
        db = Database.embedded(dir);
        evidence = new JdbcEvidenceRepository(db);
        drills = new JdbcDrillRunRepository(db);
        workspace = new JdbcWorkspaceRepository(db);
        JdbcDaySummaryStore jdbcSummaries = new JdbcDaySummaryStore(db);
        backups = new JdbcBackupRepository(db, jdbcSummaries);
        summaries = jdbcSummaries;
        log = new EvidenceLog(evidence, clock, () -> "alice");
    }

    private ReportFixture(InMemoryStores stores) {
        db = null;
        evidence = stores.evidence;
        drills = stores.drills.repository();
        workspace = stores.workspace;
        backups = stores.backups;
        summaries = stores.backups.summaries();
        log = new EvidenceLog(evidence, clock, () -> "alice");
    }

    /** The same month on the in-memory stores: for the report's rules, which need no database. */
    public static ReportFixture inMemory() {
        return new ReportFixture(new InMemoryStores());
    }

    public static ReportScope october() {
        return ReportScope.all(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    }

    public ReportBuilder builder() {
        ComplianceService compliance = new ComplianceService(summaries, workspace, drills, clock);
        return new ReportBuilder(evidence, new MatrixComplianceSource(workspace, compliance::matrix, ZoneOffset.UTC));
    }

    public ReportService service() {
        return new ReportService(builder(), evidence, () -> "carol");
    }

    /** The October report as of {@link #GENERATED_AT}, made by carol. */
    public AuditReport octoberReport() {
        return builder().build(october(), Optional.of(GENERATED_AT), "carol");
    }

    /** Bundles from this service take full outputs from {@code outputsRoot} only and carry the unsigned head. */
    public ReportService service(Path outputsRoot) {
        return new ReportService(builder(), evidence, () -> "carol", () -> new BundleProvenance(java.util.Optional.of(outputsRoot),
                evidence.head().map(e -> io.drillbook.core.evidence.ChainHead.unsigned(e.seq(), e.hash(), GENERATED_AT)).orElseThrow(),
                List.of()));
    }

    public ReportFixture seed() {
        workspace.merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, "shop database"),
                new ProtectedSystem("crm", "dave", 2, "")),
                List.of(Policy.of(SHOP, LocalDate.of(2026, 1, 1), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90)),
                        Policy.of(CRM, LocalDate.of(2026, 10, 15), Duration.ofHours(24), Duration.ofHours(8), Period.ofDays(180))),
                List.of(), List.of(), List.of(), List.of()));
        List<Backup> nightly = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            Instant at = Instant.parse("2026-10-01T01:00:00Z").plus(Duration.ofDays(day - 1));
            nightly.add(new Backup(SHOP, BackupSource.RESTIC, "snap-" + day, at, at.plusSeconds(1800), BackupStatus.SUCCEEDED,
                    1000, "", "", true, null, false));
        }
        backups.addAll(nightly);
        drills.save(new DrillSummary("drill-1", SHOP, "shop-db restore", "snap-4", Instant.parse("2026-10-05T08:00:00Z"),
                Instant.parse("2026-10-05T08:23:00Z"), RunResult.PASSED, Duration.ofHours(6), Duration.ofMinutes(23),
                Duration.ofMinutes(19), Duration.ofMinutes(4), "bob"));
        drills.save(new DrillSummary(LONG_RUN, SHOP, "shop-db restore", "snap-5", Instant.parse("2026-10-05T09:00:00Z"),
                Instant.parse("2026-10-05T09:23:00Z"), RunResult.FAILED, Duration.ofHours(6), Duration.ofMinutes(23),
                Duration.ofMinutes(19), Duration.ofMinutes(4), "bob"));
        recordEvents();
        return this;
    }

    /** A long run id, to see it wrap in the PDF rather than be cut. */
    public static final String LONG_RUN = "drill-shop-prod-0123456789abcdef0123456789abcdef0123456789abcdef";

    private void recordEvents() {
        EvidenceShapes runs = new EvidenceShapes((actor, kind, subject, payload) -> log.recordAs(actor, kind, subject, payload));
        runs.drill("drill-1", "shop", "prod", "shop-db restore", "bob", "snap-4", "2026-10-05T02:00:00Z", 1, true);
        runs.gap("drill-1", "shop", "prod", "role grant run by hand, \"app\" role", "bob", "2026-10-19");
        runs.drill(LONG_RUN, "shop", "prod", "shop-db restore", "bob", "snap-5", "2026-10-05T03:00:00Z", 1, false);
        runs.playbookRun("pb-1", "rollback shop release", "shop/prod", "carol", 2);
        log.record("playbook.saved", "rollback shop release", Map.of("name", "rollback shop release", "target", "shop/prod"));
        log.record("playbook.dryrun", "rollback shop release", Map.of("target", "shop/prod", "ok", true));
        log.record("gate.decision", "REL-1042@shop/prod", Map.of("target", "shop/prod", "release", "REL-1042",
                "decision", "no-go", "gates", List.of(Map.of("gate", "DRILL_FRESH", "target", "shop/prod", "status", "FAIL",
                        "reason", "newest passing drill is 97 days old"), Map.of("gate", "NO_FREEZE", "target", "shop/prod",
                        "status", "PASS", "reason", "no freeze"))));
        log.recordAs("dave", "gate.waived", "REL-1042@shop/prod", Map.of("waiver", "w-1", "gate", "DRILL_FRESH", "release", "REL-1042",
                "target", "shop/prod", "reason", "drill booked for Thursday", "expiresAt", "2026-10-20T00:00:00Z"));
        log.record("release.changed", "REL-7", Map.of("title", "crm 2.0"));
        log.record("backup.imported", "crm/prod", Map.of("count", 3));
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
