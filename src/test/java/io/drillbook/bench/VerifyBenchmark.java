package io.drillbook.bench;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.ChainVerifier;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcChainCheck;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.testing.ChainGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code verify} of a chain of {@code BENCH_VERIFY_EVENTS} (default 1,000,000) events in an H2 file,
 * against the baseline the issue names: SHA-256 of the same events' canonical forms in memory, on one
 * thread, as {@link EvidenceHashing#hashOf} computes them. Beside it, where verify's time goes:
 * reading the rows alone (as verify reads them, one thread), H2's scan of the rows alone (the
 * {@code seq} column only), reading and hashing on one thread (the work verify spreads over the
 * cores), the processor time verify used, and the previous verifier (10,000-row pages, one event at a
 * time). See docs/adr/0025-verify-speed.md.
 */
final class VerifyBenchmark implements Benchmark {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int RANGE = 2_000;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String description() {
        return "verify a 1,000,000-event chain in H2, against hashing the same canonical forms in memory";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_VERIFY_EVENTS", "1000000"));
        Path dir = Files.createTempDirectory("drillbook-bench-verify");
        report.note("load average at start: " + loadAverage());
        try (Database db = Database.embedded(dir)) {
            List<EvidenceEvent> events = generate(db, count, report);
            JdbcChainCheck check = new JdbcChainCheck(db);
            JdbcEvidenceRepository repository = new JdbcEvidenceRepository(db);
            ChainVerification[] result = new ChainVerification[2];
            List<Callable<?>> actions = List.of(
                    () -> result[0] = check.verify(),
                    () -> hashAll(events),
                    () -> result[1] = sequential(repository),
                    () -> readAll(db, count, false, false),
                    () -> readAll(db, count, true, false),
                    () -> readAll(db, count, false, true));
            double[] medians = Timing.interleavedMedianMillis(1, 3, actions);
            double cpu = processCpuMillis(() -> check.verify());
            double hash = medians[1];
            String baseline = "SHA-256 of the same canonical forms in memory, 1 thread";
            report.note("verify: " + result[0].describe());
            report.note("previous verifier: " + result[1].describe());
            report.compare("verify " + count + " events (the target: ratio < 2)", medians[0], baseline, hash, "ms");
            report.compare("  read rows only, as verify reads them, 1 thread", medians[3], baseline, hash, "ms");
            report.compare("  of which H2's scan alone (seq column only), 1 thread", medians[4], baseline, hash, "ms");
            report.compare("  read + hash on 1 thread (the work verify spreads)", medians[5], baseline, hash, "ms");
            report.compare("  processor time of one verify (all threads)", cpu, baseline, hash, "ms");
            report.compare("previous verifier (10,000-row pages, sequential)", medians[2], baseline, hash, "ms");
            report.figure("cores available", Runtime.getRuntime().availableProcessors(), "");
            report.note("h2.objectCache: " + System.getProperty("h2.objectCache"));
            report.note("load average at end: " + loadAverage());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Processor time of this JVM (every thread, the collector's too) during one call, in ms. */
    private static double processCpuMillis(Callable<?> action) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        action.call();
        return (os.getProcessCpuTime() - before) / 1e6;
    }

    private static List<EvidenceEvent> generate(Database db, int count, BenchReport report) throws Exception {
        ChainGenerator chain = new ChainGenerator(db);
        List<EvidenceEvent> events = new ArrayList<>(count);
        double insert = Timing.onceMillis(() -> {
            for (int i = 0; i < count; i++) {
                Map<String, Object> payload = Map.of("runId", "drill-" + (i / 6), "step", "restore " + (i % 6), "exitStatus", 0,
                        "outputSha256", Integer.toHexString(i * 31));
                events.add(chain.add(new EvidenceDraft(START.plusMillis(i * 1500L), "op-" + (i % 7), "drill.step",
                        "sys-" + (i % 1000) + "/prod", CanonicalJson.write(payload))));
            }
            chain.flush();
            return null;
        });
        report.figure("generate + batch-insert " + count + " events", insert, "ms");
        return events;
    }

    private static String hashAll(List<EvidenceEvent> events) {
        String last = "";
        for (EvidenceEvent e : events) {
            last = EvidenceHashing.hashOf(e);
        }
        return last;
    }

    /** What {@code EvidenceBatches} selects. */
    private static final String READ_AS_VERIFY = "SELECT seq, event_time, actor, kind, subject, payload, "
            + "CAST(prev_hash AS VARCHAR(64)), CAST(hash AS VARCHAR(64)) "
            + "FROM evidence_events WHERE seq >= ? AND seq < ? ORDER BY seq";
    private static final String READ_SEQ = "SELECT seq FROM evidence_events WHERE seq >= ? AND seq < ? ORDER BY seq";

    /**
     * Reads every row in verify's ranges on one connection outside the pool (as verify's readers do)
     * and one thread: all fields as verify does, or
     * ({@code seqOnly}) just the {@code seq}; with {@code hash}, hashes each event too.
     */
    private static long readAll(Database db, int count, boolean seqOnly, boolean hash) throws Exception {
        long checked = 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), "sa", "");
             java.sql.PreparedStatement ps = c.prepareStatement(seqOnly ? READ_SEQ : READ_AS_VERIFY)) {
            for (long from = 1; from <= count; from += RANGE) {
                ps.setLong(1, from);
                ps.setLong(2, from + RANGE);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (seqOnly) {
                            checked += rs.getLong(1);
                            continue;
                        }
                        EvidenceEvent e = new EvidenceEvent(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                        checked += hash && !EvidenceHashing.hashOf(e).equals(e.hash()) ? 0 : 1;
                    }
                }
            }
        }
        return checked;
    }

    private static ChainVerification sequential(JdbcEvidenceRepository repository) {
        ChainVerifier verifier = new ChainVerifier();
        repository.forEachInOrder(1, Long.MAX_VALUE, verifier::accept);
        return verifier.result();
    }
}
