package io.drillbook.infra.forward;

import io.drillbook.core.forward.ForwardPositions;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Positions in {@code evidence_forward_positions} (V29). */
public final class JdbcForwardPositions implements ForwardPositions {
    private final Database db;

    public JdbcForwardPositions(Database db) {
        this.db = db;
    }

    @Override
    public OptionalLong position(String consumer) {
        List<Long> rows = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM evidence_forward_positions WHERE target_name = ?")) {
                ps.setString(1, consumer);
                return Jdbc.list(ps, rs -> rs.getLong(1));
            }
        });
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
    }

    @Override
    public void save(String consumer, long seq) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE evidence_forward_positions SET last_seq = ?, updated_at = ? WHERE target_name = ?")) {
                up.setLong(1, seq);
                up.setObject(2, Jdbc.utc(Instant.now()));
                up.setString(3, consumer);
                if (up.executeUpdate() > 0) {
                    return 1;
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO evidence_forward_positions (target_name, last_seq, updated_at) VALUES (?, ?, ?)")) {
                ins.setString(1, consumer);
                ins.setLong(2, seq);
                ins.setObject(3, Jdbc.utc(Instant.now()));
                return ins.executeUpdate();
            }
        });
    }
}
