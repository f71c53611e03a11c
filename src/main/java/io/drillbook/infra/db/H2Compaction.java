package io.drillbook.infra.db;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Shrinks an embedded workspace file when its last user closes it. Chunks are only ever appended
 * ({@code REUSE_SPACE=FALSE}, see {@link H2Settings}), so the file grows with every commit;
 * {@code SHUTDOWN COMPACT} has H2 write the live data into a new file ({@code drillbook.mv.db.tempFile})
 * and move it over the old one in one atomic rename ({@code MVStoreTool.compact}): a crash before the
 * rename leaves the old file whole and a stray temp file H2 deletes on the next compaction, a crash
 * after it the new file whole. That is H2's guarantee; {@code H2CompactionTest} kills a process while
 * it writes the copy and opens the old file whole, and checks a left-over temp file changes nothing.
 * <p>
 * How much of the file is live: {@code info.FILL_RATE} is the share of the file's blocks that belong
 * to chunks H2 still keeps, {@code info.CHUNKS_FILL_RATE} the share of those chunks' bytes that is
 * live; the product is the live share of the file. With chunks only appended, {@code FILL_RATE}
 * alone stays at 100 until H2 drops dead chunks (45 s after they die, H2's retention time), so a
 * check on it alone never compacted (a 66-78 MB demo store with 16% live data); {@code
 * CHUNKS_FILL_RATE} alone goes back up once dead chunks are dropped while the file stays as big.
 */
final class H2Compaction {
    private static final Logger LOGGER = LoggerFactory.getLogger(H2Compaction.class);
    /** Files smaller than this are left alone: compacting them saves nothing worth a pause. */
    static final long MIN_FILE_BYTES = 32L * 1024 * 1024;
    /** Compact when less than this share of the file (percent) holds live data. */
    static final int MAX_FILL_RATE = 50;

    private H2Compaction() {
    }

    /**
     * Compacts and closes the database on {@code c} if this process owns the file, no other session
     * is open on it (this JVM's or another process's), and it is worth it. Logs before it starts,
     * because on a big file it takes a while: measured 0.3-0.5 s for the 66 MB demo (16% live), 2.5 s
     * for a 401 MB file with 76 MB live (docs/adr/0010-durability-h2-postgresql.md).
     */
    static boolean compactIfWorthIt(Connection c) {
        try {
            if (!ownsTheFile(c) || othersConnected(c)) {
                return false;
            }
            long size = longSetting(c, "info.FILE_SIZE");
            long fill = livePercent(longSetting(c, "info.FILL_RATE"), longSetting(c, "info.CHUNKS_FILL_RATE"));
            if (size < MIN_FILE_BYTES || fill >= MAX_FILL_RATE) {
                return false;
            }
            LOGGER.info("Compacting the workspace file ({} MB, {}% live) before closing", size >> 20, fill);
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            LOGGER.info("Workspace file compacted ({} MB, {}% live) in {} ms", size >> 20, fill,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOGGER.warn("Compacting the workspace file failed (it stays as it is): {}", e.getMessage());
            return false;
        }
    }

    /** Percent of the file that is live data, from the two rates (each 0-100); 100 when either is unknown. */
    static long livePercent(long fillRate, long chunksFillRate) {
        if (fillRate < 0 || chunksFillRate < 0) {
            return 100;
        }
        return fillRate * chunksFillRate / 100;
    }

    private static boolean ownsTheFile(Connection c) throws SQLException {
        return c.isWrapperFor(JdbcConnection.class) && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    /** Any session but {@code c}'s own: in this JVM (embedded) or from another process (over the AUTO_SERVER socket). */
    private static boolean othersConnected(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static long longSetting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1).trim()) : -1;
            }
        }
    }
}
