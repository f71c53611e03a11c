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

    /** Updates the run's row in place (so what else was recorded with its start, such as its target, stays), or adds it. */
    @Override
    public void save(DrillSummary d) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE drill_runs SET system_name = ?, environment = ?, plan_name = ?, "
                    + "backup_id = ?, started_at = ?, finished_at = ?, result = ?, achieved_rpo_seconds = ?, recovery_seconds = ?, "
                    + "automated_seconds = ?, manual_seconds = ?, operator_name = ? WHERE run_id = ?")) {
                bind(update, d, 1);
                update.setString(13, d.runId());
                if (update.executeUpdate() > 0) {
                    return 1;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO drill_runs (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                insert.setString(1, d.runId());
                bind(insert, d, 2);
                return insert.executeUpdate();
            }
        });
    }

    /** Binds every column but the run id, in {@link #COLUMNS} order, from parameter {@code first} on. */
    private static void bind(PreparedStatement ps, DrillSummary d, int first) throws SQLException {
        ps.setString(first, d.target().system());
        ps.setString(first + 1, d.target().environment());
        ps.setString(first + 2, d.plan());
        ps.setString(first + 3, d.backupId());
        ps.setObject(first + 4, Jdbc.utc(d.startedAt()));
        ps.setObject(first + 5, Jdbc.utc(d.finishedAt()));
        ps.setString(first + 6, d.result().name());
        ps.setObject(first + 7, seconds(d.achievedRpo()));
        ps.setObject(first + 8, seconds(d.recoveryTime()));
        ps.setObject(first + 9, seconds(d.automated()));
        ps.setObject(first + 10, seconds(d.manual()));
        ps.setString(first + 11, d.operator());
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
