package io.drillbook.infra.db;

import io.drillbook.core.evidence.EvidenceCheckpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Checkpoint rows, and the pruning of archived events that leaves one behind, in one transaction. */
public final class JdbcEvidenceCheckpoints {
    private static final String COLUMNS = "seq, hash, archived_at, bundle_sha256, key_id, signature";

    private final Database db;

    public JdbcEvidenceCheckpoints(Database db) {
        this.db = db;
    }

    public Optional<EvidenceCheckpoint> latest() {
        return Jdbc.query(db, JdbcEvidenceCheckpoints::latest);
    }

    static Optional<EvidenceCheckpoint> latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_checkpoints ORDER BY seq DESC LIMIT 1")) {
            return Jdbc.list(ps, JdbcEvidenceCheckpoints::map).stream().findFirst();
        }
    }

    public List<EvidenceCheckpoint> all() {
        return Jdbc.query(db, JdbcEvidenceCheckpoints::all);
    }

    static List<EvidenceCheckpoint> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_checkpoints ORDER BY seq")) {
            return Jdbc.list(ps, JdbcEvidenceCheckpoints::map);
        }
    }

    /** Stores {@code checkpoint} and deletes every event up to its seq; appends wait meanwhile. */
    public int pruneThrough(EvidenceCheckpoint checkpoint) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT last_seq FROM evidence_head WHERE id = 1 FOR UPDATE")) {
                lock.executeQuery().close();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_checkpoints (" + COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, checkpoint.seq());
                ps.setString(2, checkpoint.hash());
                ps.setObject(3, Jdbc.utc(checkpoint.archivedAt()));
                ps.setString(4, checkpoint.bundleSha256());
                ps.setString(5, checkpoint.keyId());
                ps.setString(6, checkpoint.signature());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence_events WHERE seq <= ?")) {
                ps.setLong(1, checkpoint.seq());
                return ps.executeUpdate();
            }
        });
    }

    private static EvidenceCheckpoint map(ResultSet rs) throws SQLException {
        return new EvidenceCheckpoint(rs.getLong("seq"), rs.getString("hash"), Jdbc.instant(rs, "archived_at"),
                rs.getString("bundle_sha256"), rs.getString("key_id"), rs.getString("signature"));
    }
}
