package io.drillbook.infra.db;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.drill.DrillRunRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Drill run summaries in H2 or PostgreSQL. */
public final class JdbcDrillRunRepository implements DrillRunRepository {
    private static final String COLUMNS = "run_id, system_name, environment, plan_name, backup_id, started_at, finished_at, result, "
            + "achieved_rpo_seconds, recovery_seconds, automated_seconds, manual_seconds, operator_name";

    private final Database db;

    public JdbcDrillRunRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(DrillSummary d) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM drill_runs WHERE run_id = ?")) {
                del.setString(1, d.runId());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drill_runs (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, d.runId());
                ps.setString(2, d.target().system());
                ps.setString(3, d.target().environment());
                ps.setString(4, d.plan());
                ps.setString(5, d.backupId());
                ps.setObject(6, Jdbc.utc(d.startedAt()));
                ps.setObject(7, Jdbc.utc(d.finishedAt()));
                ps.setString(8, d.result().name());
                ps.setObject(9, seconds(d.achievedRpo()));
                ps.setObject(10, seconds(d.recoveryTime()));
                ps.setObject(11, seconds(d.automated()));
                ps.setObject(12, seconds(d.manual()));
                ps.setString(13, d.operator());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<DrillSummary> of(SystemEnv target) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM drill_runs WHERE system_name = ? AND environment = ? ORDER BY started_at DESC")) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                return Jdbc.list(ps, JdbcDrillRunRepository::map);
            }
        });
    }

    @Override
    public List<DrillSummary> recent(int limit) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM drill_runs ORDER BY started_at DESC LIMIT " + Math.max(1, limit))) {
                return Jdbc.list(ps, JdbcDrillRunRepository::map);
            }
        });
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(v);
    }

    private static DrillSummary map(ResultSet rs) throws SQLException {
        return new DrillSummary(rs.getString("run_id"), new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getString("plan_name"), rs.getString("backup_id"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"),
                RunResult.valueOf(rs.getString("result")), duration(rs, "achieved_rpo_seconds"), duration(rs, "recovery_seconds"),
                duration(rs, "automated_seconds"), duration(rs, "manual_seconds"), rs.getString("operator_name"));
    }
}
