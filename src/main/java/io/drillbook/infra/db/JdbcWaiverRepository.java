package io.drillbook.infra.db;

import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.Waiver;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.calendar.WaiverRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gate waivers in the {@code gate_waivers} table (V3__calendar.sql). */
public final class JdbcWaiverRepository implements WaiverRepository {
    private static final String COLUMNS = "id, gate, release_id, system_name, environment, waived_by, reason, created_at, expires_at";

    private final Database db;

    public JdbcWaiverRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(Waiver w) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gate_waivers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, w.id());
                ps.setString(2, w.gate().name());
                ps.setString(3, w.releaseId());
                ps.setString(4, w.target() == null ? null : w.target().system());
                ps.setString(5, w.target() == null ? null : w.target().environment());
                ps.setString(6, w.waivedBy());
                ps.setString(7, w.reason());
                ps.setObject(8, Jdbc.utc(w.createdAt()));
                ps.setObject(9, Jdbc.utc(w.expiresAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Waiver> byId(String id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM gate_waivers WHERE id = ?")) {
                ps.setString(1, id);
                return Jdbc.list(ps, JdbcWaiverRepository::read).stream().findFirst();
            }
        });
    }

    @Override
    public List<Waiver> activeAt(Instant at) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM gate_waivers WHERE created_at <= ? AND expires_at > ? ORDER BY created_at DESC")) {
                ps.setObject(1, Jdbc.utc(at));
                ps.setObject(2, Jdbc.utc(at));
                return Jdbc.list(ps, JdbcWaiverRepository::read);
            }
        });
    }

    @Override
    public List<Waiver> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM gate_waivers ORDER BY created_at DESC")) {
                return Jdbc.list(ps, JdbcWaiverRepository::read);
            }
        });
    }

    private static Waiver read(ResultSet rs) throws SQLException {
        String system = rs.getString("system_name");
        SystemEnv target = system == null ? null : new SystemEnv(system, rs.getString("environment"));
        return new Waiver(rs.getString("id"), Gate.valueOf(rs.getString("gate")), rs.getString("release_id"), target,
                rs.getString("waived_by"), rs.getString("reason"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "expires_at"));
    }
}
