package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.report.BackupAgeComplianceSource;
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

    public final Database db;
    public final JdbcEvidenceRepository evidence;
    public final JdbcDrillRunRepository drills;
    public final JdbcWorkspaceRepository workspace;
    public final JdbcBackupRepository backups;
    public final EvidenceLog log;
    public final Clock clock = new StepClock(START, Duration.ofMinutes(7));

    public ReportFixture(Path dir) {
        db = Database.embedded(dir);
        evidence = new JdbcEvidenceRepository(db);
        drills = new JdbcDrillRunRepository(db);
        workspace = new JdbcWorkspaceRepository(db);
        backups = new JdbcBackupRepository(db);
        log = new EvidenceLog(evidence, clock, () -> "alice");
    }

    public static ReportScope october() {
        return ReportScope.all(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    }

    public ReportBuilder builder() {
        return new ReportBuilder(evidence, drills, workspace, new BackupAgeComplianceSource(workspace, backups));
    }

    public ReportService service() {
        return new ReportService(builder(), evidence, Clock.fixed(GENERATED_AT, java.time.ZoneOffset.UTC), () -> "carol");
    }

    /** Bundles from this service take full outputs from {@code outputsRoot} only and carry the unsigned head. */
    public ReportService service(Path outputsRoot) {
        Clock fixed = Clock.fixed(GENERATED_AT, java.time.ZoneOffset.UTC);
        return new ReportService(builder(), evidence, fixed, () -> "carol", () -> new BundleProvenance(java.util.Optional.of(outputsRoot),
                evidence.head().map(e -> io.drillbook.core.evidence.ChainHead.unsigned(e.seq(), e.hash(), GENERATED_AT)).orElseThrow(),
                List.of()));
    }

    public ReportFixture seed() {
        workspace.merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, "shop database"),
                new ProtectedSystem("crm", "dave", 2, "")),
                List.of(Policy.of(SHOP, LocalDate.of(2026, 1, 1), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90)),
                        Policy.of(CRM, LocalDate.of(2026, 1, 1), Duration.ofHours(24), Duration.ofHours(8), Period.ofDays(180))),
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
        recordEvents();
        return this;
    }

    private void recordEvents() {
        log.record("drill.started", "shop/prod", Map.of("runId", "drill-1", "plan", "shop-db restore", "backup", "snap-4"));
        log.record("drill.step", "shop/prod", Map.of("runId", "drill-1", "name", "Restore dump", "exitStatus", 0,
                "outputSha256", "ab12"));
        log.record("drill.check", "shop/prod", Map.of("runId", "drill-1", "name", "Orders present", "expected", ">= 5000",
                "actual", "6000", "result", "passed"));
        log.record("drill.gap", "shop/prod", Map.of("runId", "drill-1", "description", "role grant run by hand, \"app\" role",
                "owner", "bob", "due", "2026-10-19"));
        log.record("drill.finished", "shop/prod", Map.of("runId", "drill-1", "result", "PASSED"));
        log.record("playbook.started", "shop/prod", Map.of("runId", "pb-1", "playbook", "rollback shop release"));
        log.record("playbook.step", "shop/prod", Map.of("runId", "pb-1", "step", "Drain traffic", "state", "done"));
        log.record("playbook.step", "shop/prod", Map.of("runId", "pb-1", "step", "DBA approval", "state", "approved"));
        log.record("playbook.finished", "shop/prod", Map.of("runId", "pb-1", "result", "PASSED"));
        log.record("gate.decision", "REL-1042", Map.of("system", "shop", "environment", "prod", "decision", "no-go",
                "reason", "newest passing drill is 97 days old"));
        log.record("gate.waived", "REL-1042", Map.of("system", "shop", "environment", "prod", "gate", "drill-fresh",
                "reason", "drill booked for Thursday", "expires", "2026-10-20T00:00:00Z"));
        log.record("release.changed", "REL-7", Map.of("title", "crm 2.0"));
        log.record("backup.imported", "crm/prod", Map.of("count", 3));
    }

    @Override
    public void close() {
        db.close();
    }
}
