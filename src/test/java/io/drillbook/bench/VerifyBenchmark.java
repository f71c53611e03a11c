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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code verify} of a chain of {@code BENCH_VERIFY_EVENTS} (default 1,000,000) events in an H2 file,
 * against the baseline of SHA-256 over the same events' canonical forms in memory (one thread, as
 * {@link EvidenceHashing#hashOf} computes them); and, for comparison, the previous verifier (10,000-row
 * pages, one event at a time on one thread).
 */
final class VerifyBenchmark implements Benchmark {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

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
        report.note("load average at start: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (Database db = Database.embedded(dir)) {
            List<EvidenceEvent> events = generate(db, count, report);
            JdbcChainCheck check = new JdbcChainCheck(db);
            JdbcEvidenceRepository repository = new JdbcEvidenceRepository(db);
            ChainVerification[] result = new ChainVerification[2];
            List<Callable<?>> actions = List.of(
                    () -> result[0] = check.verify(),
                    () -> hashAll(events),
                    () -> result[1] = sequential(repository),
                    () -> readAll(db, count, READ_CHAR),
                    () -> readAll(db, count, READ_VARCHAR),
                    () -> hashAllWithNewDigests(events));
            double[] medians = Timing.interleavedMedianMillis(1, 3, actions);
            report.note("verify: " + result[0].describe());
            report.note("previous verifier: " + result[1].describe());
            report.compare("verify " + count + " events (10,000-seq ranges, parallel read + hash)", medians[0],
                    "SHA-256 of the same canonical forms in memory", medians[1], "ms");
            report.compare("previous verifier (10,000-row pages, sequential)", medians[2],
                    "SHA-256 of the same canonical forms in memory", medians[1], "ms");
            report.compare("read only, hashes cast to VARCHAR (as verify reads)", medians[4],
                    "read only, hashes as CHAR(64)", medians[3], "ms");
            report.compare("SHA-256 in memory, one digest per thread (as hashOf now)", medians[1],
                    "SHA-256 in memory, a new MessageDigest per event", medians[5], "ms");
            report.figure("cores available", Runtime.getRuntime().availableProcessors(), "");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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

    /** The same canonical forms as {@link EvidenceHashing#hashOf}, hashed by a digest looked up for each event. */
    private static String hashAllWithNewDigests(List<EvidenceEvent> events) throws Exception {
        String last = "";
        for (EvidenceEvent e : events) {
            StringBuilder canonical = new StringBuilder(128 + e.payload().length());
            for (String value : List.of(Long.toString(e.seq()), EvidenceHashing.normalise(e.time()).toString(), e.actor(),
                    e.kind(), e.subject(), e.payload(), e.prevHash())) {
                canonical.append(value.length()).append(':').append(value).append('\n');
            }
            last = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (!last.equals(e.hash())) {
                throw new IllegalStateException("the comparison hashing differs from EvidenceHashing at seq " + e.seq());
            }
        }
        return last;
    }

    private static final String READ_CHAR = "SELECT seq, event_time, actor, kind, subject, payload, prev_hash, hash "
            + "FROM evidence_events WHERE seq >= ? AND seq < ? ORDER BY seq";
    private static final String READ_VARCHAR = "SELECT seq, event_time, actor, kind, subject, payload, "
            + "CAST(prev_hash AS VARCHAR(64)), CAST(hash AS VARCHAR(64)) "
            + "FROM evidence_events WHERE seq >= ? AND seq < ? ORDER BY seq";

    /** Reads every row's fields in 10,000-seq ranges on one connection, without hashing: the reading share of verify. */
    private static long readAll(Database db, int count, String select) throws Exception {
        long chars = 0;
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(select)) {
            for (long from = 1; from <= count; from += 10_000) {
                ps.setLong(1, from);
                ps.setLong(2, from + 10_000);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getObject(2, java.time.OffsetDateTime.class);
                        for (int i = 3; i <= 8; i++) {
                            chars += rs.getString(i).length();
                        }
                    }
                }
            }
        }
        return chars;
    }

    private static ChainVerification sequential(JdbcEvidenceRepository repository) {
        ChainVerifier verifier = new ChainVerifier();
        repository.forEachInOrder(1, Long.MAX_VALUE, verifier::accept);
        return verifier.result();
    }
}
