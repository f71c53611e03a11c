package io.drillbook.infra.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.core.drill.DrillJournal;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The drill journal in the {@code drill_steps} table (V5) of H2 or PostgreSQL. */
public final class JdbcDrillJournal implements DrillJournal {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Database db;

    public JdbcDrillJournal(Database db) {
        this.db = db;
    }

    @Override
    public void save(String runId, StepOutcome step) {
        String json = toJson(step);
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM drill_steps WHERE run_id = ? AND step_index = ?")) {
                del.setString(1, runId);
                del.setInt(2, step.index());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drill_steps (run_id, step_index, kind, name, state, "
                    + "changed_at, outcome) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, runId);
                ps.setInt(2, step.index());
                ps.setString(3, step.kind().name());
                ps.setString(4, step.name());
                ps.setString(5, step.state().name());
                ps.setObject(6, Jdbc.utc(step.changedAt()));
                ps.setString(7, json);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<StepOutcome> steps(String runId) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT outcome FROM drill_steps WHERE run_id = ? ORDER BY step_index")) {
                ps.setString(1, runId);
                return Jdbc.list(ps, rs -> fromJson(rs.getString("outcome")));
            }
        });
    }

    @Override
    public List<DrillSummary> running() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, system_name, environment, plan_name, backup_id, "
                    + "started_at, operator_name FROM drill_runs WHERE result = ? ORDER BY started_at")) {
                ps.setString(1, RunResult.RUNNING.name());
                return Jdbc.list(ps, JdbcDrillJournal::runningSummary);
            }
        });
    }

    @Override
    public void saveTargetProfile(String runId, String profile) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE drill_runs SET target_profile = ? WHERE run_id = ?")) {
                ps.setString(1, profile);
                ps.setString(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> targetProfile(String runId) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT target_profile FROM drill_runs WHERE run_id = ?")) {
                ps.setString(1, runId);
                return Jdbc.list(ps, rs -> Optional.ofNullable(rs.getString(1))).stream().findFirst().flatMap(p -> p);
            }
        });
    }

    @Override
    public Optional<DrillSummary> run(String runId) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, system_name, environment, plan_name, backup_id, "
                    + "started_at, finished_at, result, achieved_rpo_seconds, recovery_seconds, automated_seconds, manual_seconds, "
                    + "operator_name FROM drill_runs WHERE run_id = ?")) {
                ps.setString(1, runId);
                return Jdbc.list(ps, JdbcDrillJournal::summary).stream().findFirst();
            }
        });
    }

    private static DrillSummary summary(ResultSet rs) throws SQLException {
        return new DrillSummary(rs.getString("run_id"), new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getString("plan_name"), rs.getString("backup_id"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"),
                RunResult.valueOf(rs.getString("result")), seconds(rs, "achieved_rpo_seconds"), seconds(rs, "recovery_seconds"),
                seconds(rs, "automated_seconds"), seconds(rs, "manual_seconds"), rs.getString("operator_name"));
    }

    private static java.time.Duration seconds(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : java.time.Duration.ofSeconds(v);
    }

    private static DrillSummary runningSummary(ResultSet rs) throws SQLException {
        return new DrillSummary(rs.getString("run_id"), new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getString("plan_name"), rs.getString("backup_id"), Jdbc.instant(rs, "started_at"), null,
                RunResult.RUNNING, null, null, null, null, rs.getString("operator_name"));
    }

    private static String toJson(StepOutcome step) {
        try {
            return JSON.writeValueAsString(step);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write step state as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static StepOutcome fromJson(String json) {
        try {
            return JSON.readValue(json, StepOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored drill step is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
