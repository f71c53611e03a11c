package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.team.LockHolder;
import io.drillbook.infra.db.Jdbc;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/** The {@code run_locks} table: who holds which resource since when, from which session. */
final class RunLockRows {
    private RunLockRows() {
    }

    /** One row: the holder and the session (one console's lock instance) that wrote it. */
    record LockRow(LockHolder holder, String sessionId, long lockId) {
    }

    /** A stable 64-bit id for {@code resource}: the first 8 bytes of its SHA-256. */
    static long lockId(String resource) {
        byte[] digest = HexFormat.of().parseHex(EvidenceHashing.sha256Hex(resource));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    static Optional<LockRow> read(Connection c, String resource) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT resource, holder, since, session_id, lock_id FROM run_locks WHERE resource = ?")) {
            ps.setString(1, resource);
            return Jdbc.list(ps, rs -> new LockRow(new LockHolder(rs.getString("resource"), rs.getString("holder"),
                    Jdbc.instant(rs, "since")), rs.getString("session_id"), rs.getLong("lock_id"))).stream().findFirst();
        }
    }

    /** Writes {@code row}, replacing a stale row of the same resource left by a console that died. */
    static void replace(Connection c, LockRow row) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM run_locks WHERE resource = ?")) {
            del.setString(1, row.holder().resource());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO run_locks (resource, holder, since, session_id, lock_id) VALUES (?,?,?,?,?)")) {
            ins.setString(1, row.holder().resource());
            ins.setString(2, row.holder().holder());
            ins.setObject(3, Jdbc.utc(row.holder().since()));
            ins.setString(4, row.sessionId());
            ins.setLong(5, row.lockId());
            ins.executeUpdate();
        }
    }

    static void delete(Connection c, String resource, String sessionId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM run_locks WHERE resource = ? AND session_id = ?")) {
            del.setString(1, resource);
            del.setString(2, sessionId);
            del.executeUpdate();
        }
    }
}
