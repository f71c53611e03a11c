package io.drillbook.bench;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * inventory-scale: N systems (BENCH_SYSTEMS, default 1000) with hourly backups for a year into an
 * H2 file DB: import rate, the full compliance matrix from the day summaries against one SQL
 * window-function query over the raw backups, and loading the heat map's summaries.
 */
public final class InventoryScaleBenchmark implements Benchmark {
    private static final LocalDate FROM = LocalDate.parse("2025-11-21");
    private static final LocalDate TO = FROM.plusDays(364);
    private static final Instant NOW = TO.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Override
    public String name() {
        return "inventory-scale";
    }

    @Override
    public String description() {
        return "import rate; compliance matrix from summaries vs one SQL window query over raw backups; heat-map load";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int imported = Integer.parseInt(System.getenv().getOrDefault("BENCH_SYSTEMS", "20"));
        int matrixSystems = Integer.parseInt(System.getenv().getOrDefault("BENCH_MATRIX_SYSTEMS", "1000"));
        report.note("part 1: " + imported + " systems imported through JdbcBackupRepository.addAll (BENCH_SYSTEMS)");
        withDatabase(db -> importAndCompare(report, db, imported));
        report.note("part 2: " + matrixSystems + " systems x 365 days of day summaries written directly (BENCH_MATRIX_SYSTEMS)");
        double[] h2Load = new double[1];
        withDatabase(db -> h2Load[0] = matrixAtScale(report, db, matrixSystems));
        if (System.getenv(FreshDatabases.PG_URL_VARIABLE) == null) {
            report.note("part 3 (PostgreSQL) skipped: set " + FreshDatabases.PG_URL_VARIABLE + ", e.g. eval \"$(bash .ci/start-postgres.sh)\"");
            return;
        }
        report.note("part 3: the same " + matrixSystems + " systems on PostgreSQL (a fresh database on the server of "
                + FreshDatabases.PG_URL_VARIABLE + ")");
        Path dir = Files.createTempDirectory("drillbook-inventory-bench-pg");
        try (FreshDatabases.FreshDatabase pg = FreshDatabases.open(FreshDatabases.Kind.POSTGRES, dir)) {
            double pgLoad = matrixAtScale(report, pg.database(), matrixSystems);
            report.compare("heat-map load, " + matrixSystems + " systems x 365 days, PostgreSQL", pgLoad, "the same on H2", h2Load[0], "ms");
        }
    }

    /** Work on a fresh H2 file database in a temporary directory. */
    private interface DatabaseWork {
        void run(Database db) throws Exception;
    }

    private static void withDatabase(DatabaseWork work) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-inventory-bench");
        try (Database db = Database.embedded(dir)) {
            work.run(db);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void importAndCompare(BenchReport report, Database db, int systems) throws Exception {
        JdbcDaySummaryStore summaries = new JdbcDaySummaryStore(db);
        JdbcBackupRepository backups = new JdbcBackupRepository(db, summaries);
        JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
        workspace.merge(workspace(systems));
        measureImport(report, backups, systems);
        ComplianceService compliance = new ComplianceService(summaries, workspace, new JdbcDrillRunRepository(db),
                Clock.fixed(NOW, ZoneOffset.UTC));
        measureCompliance(report, db, compliance);
    }

    /** @return the median heat-map load time in ms */
    private static double matrixAtScale(BenchReport report, Database db, int systems) throws Exception {
        new JdbcDaySummaryStore(db);
        JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
        workspace.merge(workspace(systems));
        double writeMs = Timing.onceMillis(() -> BenchSummaries.write(db, systems, InventoryScaleBenchmark::yearOf, ZoneOffset.UTC));
        report.figure("writing " + systems + " x 365 summary rows directly (setup)", writeMs, "ms");
        JdbcDaySummaryStore[] opened = new JdbcDaySummaryStore[1];
        double packMs = Timing.onceMillis(() -> opened[0] = new JdbcDaySummaryStore(db));
        report.figure("packing them into per target and year rows on first open (setup)", packMs, "ms");
        JdbcDaySummaryStore summaries = opened[0];
        ComplianceService compliance = new ComplianceService(summaries, workspace, new JdbcDrillRunRepository(db),
                Clock.fixed(NOW, ZoneOffset.UTC));
        ComplianceMatrix[] matrix = new ComplianceMatrix[1];
        double ms = Timing.medianMillis(1, 5, () -> matrix[0] = compliance.matrix(FROM, TO, ZoneOffset.UTC));
        report.figure("compliance matrix " + matrix[0].rows().size() + " x " + matrix[0].days() + " (median of 5; goal < 1000)", ms, "ms");
        report.figure("  the same, process CPU time (median of 5)",
                cpuMedianMillis(() -> compliance.matrix(FROM, TO, ZoneOffset.UTC)), "ms");
        AtomicLong rows = new AtomicLong();
        double load = Timing.medianMillis(1, 5, () -> {
            rows.set(0);
            summaries.forEach(FROM, TO.plusDays(1), null, s -> rows.incrementAndGet());
            return rows.get();
        });
        report.figure("heat-map load: " + rows.get() + " summary rows (median of 5; goal < 200)", load, "ms");
        report.figure("  the same, process CPU time (median of 5)",
                cpuMedianMillis(() -> {
                    summaries.forEach(FROM, TO.plusDays(1), null, s -> rows.incrementAndGet());
                    return null;
                }), "ms");
        return load;
    }

    /** Median process CPU time (all threads, GC included) of 5 runs; the host here is shared, so wall time overstates. */
    private static double cpuMedianMillis(java.util.concurrent.Callable<?> action) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] samples = new double[5];
        for (int i = 0; i < samples.length; i++) {
            long start = os.getProcessCpuTime();
            action.call();
            samples[i] = (os.getProcessCpuTime() - start) / 1e6;
        }
        java.util.Arrays.sort(samples);
        return samples[2];
    }

    private static Workspace workspace(int systems) {
        List<ProtectedSystem> list = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < systems; i++) {
            list.add(new ProtectedSystem(name(i), "team-" + (i % 20), 1 + i % 3, ""));
            policies.add(Policy.of(new SystemEnv(name(i), "prod"), FROM.minusDays(30), Duration.ofHours(4), Duration.ofHours(4),
                    Period.ofDays(90)));
        }
        return new Workspace(list, policies, List.of(), List.of(), List.of(), List.of());
    }

    static String name(int i) {
        return String.format("sys-%04d", i);
    }

    private static void measureImport(BenchReport report, JdbcBackupRepository backups, int systems) {
        Random random = new Random(1);
        long count = 0;
        long started = System.nanoTime();
        long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < systems; i++) {
            List<Backup> year = yearOf(new SystemEnv(name(i), "prod"), random);
            backups.addAll(year);
            count += year.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        report.figure("import: " + count + " backups in " + String.format("%.1f s", seconds), count / seconds, "backups/s");
        report.figure("  the same per CPU second of the importing thread", count / cpuSeconds, "backups/s");
    }

    /** Hourly backups with jitter, 1% failed, 1% skipped, and three outages of 6 to 48 hours. */
    static List<Backup> yearOf(SystemEnv target, Random random) {
        List<Backup> out = new ArrayList<>(8800);
        Instant start = FROM.atStartOfDay(ZoneOffset.UTC).toInstant();
        int[] outages = {random.nextInt(8760), random.nextInt(8760), random.nextInt(8760)};
        int outageLength = 6 + random.nextInt(42);
        for (int h = 0; h < 8760; h++) {
            final int hour = h;
            boolean down = java.util.Arrays.stream(outages).anyMatch(o -> hour >= o && hour < o + outageLength);
            double roll = random.nextDouble();
            if (down || roll < 0.01) {
                continue;
            }
            Instant began = start.plusSeconds(h * 3600L + random.nextInt(300));
            BackupStatus status = roll > 0.99 ? BackupStatus.FAILED : BackupStatus.SUCCEEDED;
            out.add(new Backup(target, BackupSource.RESTIC, target.system() + "-" + h, began, began.plusSeconds(60 + random.nextInt(600)),
                    status, 1_000_000, "", "", true, null, false));
        }
        return out;
    }

    private static void measureCompliance(BenchReport report, Database db, ComplianceService compliance) throws Exception {
        ComplianceMatrix[] matrix = new ComplianceMatrix[1];
        double ours = Timing.medianMillis(1, 5, () -> matrix[0] = compliance.matrix(FROM, TO, ZoneOffset.UTC));
        long[] sqlRows = new long[1];
        double baseline = Timing.medianMillis(0, 3, () -> sqlRows[0] = windowQuery(db));
        report.note("matrix: " + matrix[0].rows().size() + " rows x " + matrix[0].days() + " days; SQL baseline returned "
                + sqlRows[0] + " target-days");
        report.compare("compliance matrix, all targets x 365 days (median)", ours, "SQL window query on raw backups", baseline, "ms");
    }

    /**
     * The baseline: per target and day, the worst gap between succeeded backups ending that day and
     * the day's failures, with LAG over the raw backups table, then judged against the policy's RPO.
     */
    private static long windowQuery(Database db) throws Exception {
        String sql = "WITH gaps AS (SELECT b.system_name, b.environment, CAST(b.completed_at AS DATE) AS d, b.status, "
                + "DATEDIFF('SECOND', LAG(b.completed_at) OVER (PARTITION BY b.system_name, b.environment, "
                + "CASE WHEN b.status = 'SUCCEEDED' THEN 1 ELSE 0 END ORDER BY b.completed_at), b.completed_at) AS gap "
                + "FROM backups b WHERE b.completed_at >= ? AND b.completed_at < ?) "
                + "SELECT g.system_name, g.environment, g.d, MAX(CASE WHEN g.status = 'SUCCEEDED' THEN g.gap END) AS worst, "
                + "SUM(CASE WHEN g.status = 'FAILED' THEN 1 ELSE 0 END) AS failed, "
                + "CASE WHEN MAX(g.gap) > MAX(p.rpo_seconds) THEN 'BREACH' WHEN MAX(g.gap) > MAX(p.rpo_seconds * p.warn_share) "
                + "THEN 'AT_RISK' ELSE 'COMPLIANT' END AS status "
                + "FROM gaps g JOIN policies p ON p.system_name = g.system_name AND p.environment = g.environment "
                + "GROUP BY g.system_name, g.environment, g.d ORDER BY g.system_name, g.environment, g.d";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, FROM.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
            ps.setObject(2, NOW.atOffset(ZoneOffset.UTC));
            ps.setFetchSize(10_000);
            long n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }
}
