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
 * {@code SHUTDOWN COMPACT} copies the live data into a new file and renames it over the old one,
 * so a crash during it leaves the old file whole.
 */
final class H2Compaction {
    private static final Logger LOGGER = LoggerFactory.getLogger(H2Compaction.class);
    /** Files smaller than this are left alone: compacting them saves nothing worth a pause. */
    static final long MIN_FILE_BYTES = 32L * 1024 * 1024;
    /** Compact when less than this share of the file (percent) holds live data. */
    static final int MAX_FILL_RATE = 50;

    private H2Compaction() {
    }

    /** Compacts and closes the database on {@code c} if this process owns it, nobody else uses it, and it is worth it. */
    static boolean compactIfWorthIt(Connection c) {
        try {
            if (!ownsTheFile(c) || othersConnected(c)) {
                return false;
            }
            long size = longSetting(c, "info.FILE_SIZE");
            long fill = longSetting(c, "info.FILL_RATE");
            if (size < MIN_FILE_BYTES || fill >= MAX_FILL_RATE) {
                return false;
            }
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

    private static boolean ownsTheFile(Connection c) throws SQLException {
        return c.isWrapperFor(JdbcConnection.class) && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    private static boolean othersConnected(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
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
