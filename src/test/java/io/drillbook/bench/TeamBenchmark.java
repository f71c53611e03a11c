package io.drillbook.bench;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evidence appends per second on a shared PostgreSQL workspace with 1, 4 and 16 concurrent
 * writer threads, against the embedded H2 file with the same threads (baseline), same run.
 */
public final class TeamBenchmark implements Benchmark {
    private static final int[] WRITERS = {1, 4, 16};
    private static final int EVENTS_PER_RUN = 1_600;

    @Override
    public String name() {
        return "team";
    }

    @Override
    public String description() {
        return "evidence appends/s with 1, 4, 16 writer threads: PostgreSQL vs H2 file (median of 3 runs of "
                + EVENTS_PER_RUN + " appends)";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("drillbook-bench-team");
        try (TestPostgres server = TestPostgres.startOrReuse("drillbook_bench_team");
             Database pg = Database.open(server.url());
             Database h2 = Database.embedded(dir)) {
            report.note("PostgreSQL on 127.0.0.1 with " + settings(pg) + "; H2 file in " + dir);
            for (int writers : WRITERS) {
                double pgRate = appendsPerSecond(pg, writers);
                double h2Rate = appendsPerSecond(h2, writers);
                report.compare("appends/s, PostgreSQL, " + writers + " writer thread(s)", pgRate, "H2 file", h2Rate, "events/s");
            }
            report.note("chains after the run: PostgreSQL " + new JdbcEvidenceRepository(pg).verify().describe());
            report.note("                      H2         " + new JdbcEvidenceRepository(h2).verify().describe());
        }
    }

    private static String settings(Database pg) throws java.sql.SQLException {
        try (java.sql.Connection c = pg.connection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('fsync'), "
                     + "current_setting('synchronous_commit')")) {
            rs.next();
            return "version " + rs.getString(1) + ", fsync=" + rs.getString(2) + ", synchronous_commit=" + rs.getString(3);
        }
    }

    private static double appendsPerSecond(Database db, int writers) throws Exception {
        EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "bench");
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            double millis = Timing.medianMillis(1, 3, () -> appendConcurrently(log, pool, writers));
            return EVENTS_PER_RUN / (millis / 1000.0);
        } finally {
            pool.shutdown();
        }
    }

    private static Void appendConcurrently(EvidenceLog log, ExecutorService pool, int writers) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String subject = "writer-" + w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < EVENTS_PER_RUN / writers; i++) {
                    log.record("bench.append", subject, Map.of("i", i));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return null;
    }
}
