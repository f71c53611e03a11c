package io.drillbook.infra.db;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Grows an embedded workspace the way a long-used one grows: evidence appended through the
 * repository, and one row written over again and again, each write its own commit (each an appended
 * chunk), until most of the file is dead chunks.
 */
final class CompactionFixture {
    static final int EVENTS = 40;
    static final int OVERWRITES = 220;
    private static final String BIG = "x".repeat(200_000);

    private CompactionFixture() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve("drillbook.mv.db");
    }

    /** Appends {@link #EVENTS} events and overwrites one 200 kB row {@link #OVERWRITES} times: about 45 MB, under 2% live. */
    static void grow(Database db) throws SQLException {
        JdbcEvidenceRepository evidence = new JdbcEvidenceRepository(db);
        Instant start = Instant.parse("2026-12-01T06:00:00Z");
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS compaction_scratch(id INT PRIMARY KEY, v VARCHAR(1000000))");
            s.execute("MERGE INTO compaction_scratch KEY(id) VALUES (1, '')");
            try (PreparedStatement ps = c.prepareStatement("UPDATE compaction_scratch SET v = ? WHERE id = 1")) {
                for (int i = 0; i < OVERWRITES; i++) {
                    ps.setString(1, BIG + i);
                    ps.executeUpdate();
                    if (i % (OVERWRITES / EVENTS) == 0) {
                        evidence.append(new EvidenceDraft(start.plusSeconds(i), "alice", "drill.step", "sys-" + i, "{\"n\":" + i + "}"));
                    }
                }
            }
        }
    }

    /**
     * {@link #grow} plus {@code rows} rows of 200 kB of random text each (H2 compresses pages: repeated text
     * would shrink to nothing), so a compaction has live data to copy for a while.
     */
    static void growWithLiveData(Database db, int rows) throws SQLException {
        grow(db);
        java.util.Random random = new java.util.Random(rows);
        byte[] bytes = new byte[150_000];
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO compaction_scratch VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                random.nextBytes(bytes);
                ps.setInt(1, 100 + i);
                ps.setString(2, java.util.Base64.getEncoder().encodeToString(bytes));
                ps.executeUpdate();
            }
        }
    }

    /** What {@link #grow} left: the evidence count and chain, and the last value of the row. */
    static String contents(Database db) throws SQLException {
        ChainVerification verified = new JdbcEvidenceRepository(db).verify();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM compaction_scratch WHERE id = 1")) {
            rs.next();
            String v = rs.getString(1);
            rs.close();
            try (ResultSet count = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(v)) FROM compaction_scratch")) {
                count.next();
                return "intact=" + verified.isIntact() + " events=" + new JdbcChainCheck(db).headRow().seq()
                        + " row=" + v.length() + ":" + v.substring(BIG.length()) + " rows=" + count.getLong(1) + ":" + count.getLong(2);
            }
        }
    }

    static long size(Path dataDir) {
        try {
            return Files.size(file(dataDir));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
