package io.drillbook.infra.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The playbook journal in the {@code playbook_runs} and {@code playbook_steps} tables (V6) of H2 or PostgreSQL. */
public final class JdbcPlaybookJournal implements PlaybookJournal {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String RUN_COLUMNS = "run_id, playbook_name, system_name, environment, operator_name, status, "
            + "position, parameters, started_at, finished_at";

    private final Database db;

    public JdbcPlaybookJournal(Database db) {
        this.db = db;
    }

    @Override
    public void saveRun(RunInfo run) {
        Jdbc.inTransaction(db, c -> {
            delete(c, "DELETE FROM playbook_runs WHERE run_id = ?", run.runId(), -1);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO playbook_runs (" + RUN_COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, run.runId());
                ps.setString(2, run.playbook());
                ps.setString(3, run.target().system());
                ps.setString(4, run.target().environment());
                ps.setString(5, run.operator());
                ps.setString(6, run.status().name());
                ps.setInt(7, run.position());
                ps.setString(8, write(run.parameters()));
                ps.setObject(9, Jdbc.utc(run.startedAt()));
                ps.setObject(10, Jdbc.utc(run.finishedAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void saveStep(String runId, StepRecord step) {
        Jdbc.inTransaction(db, c -> {
            delete(c, "DELETE FROM playbook_steps WHERE run_id = ? AND step_index = ?", runId, step.index());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO playbook_steps (run_id, step_index, name, state, "
                    + "elapsed_ms, record) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, runId);
                ps.setInt(2, step.index());
                ps.setString(3, step.name());
                ps.setString(4, step.state().name());
                ps.setLong(5, step.elapsed().toMillis());
                ps.setString(6, write(step));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<RunInfo> run(String runId) {
        return runs("SELECT " + RUN_COLUMNS + " FROM playbook_runs WHERE run_id = ?", runId, 1).stream().findFirst();
    }

    @Override
    public List<StepRecord> steps(String runId) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT record FROM playbook_steps WHERE run_id = ? ORDER BY step_index")) {
                ps.setString(1, runId);
                return Jdbc.list(ps, rs -> read(rs.getString("record"), new TypeReference<StepRecord>() { }));
            }
        });
    }

    @Override
    public List<RunInfo> withStatus(RunStatus status) {
        return runs("SELECT " + RUN_COLUMNS + " FROM playbook_runs WHERE status = ? ORDER BY started_at", status.name(), 10_000);
    }

    @Override
    public List<RunInfo> runsOf(String playbook, int limit) {
        return runs("SELECT " + RUN_COLUMNS + " FROM playbook_runs WHERE playbook_name = ? ORDER BY started_at DESC LIMIT ?",
                playbook, limit);
    }

    @Override
    public List<RunInfo> recent(SystemEnv target, int limit) {
        return Jdbc.query(db, c -> {
            String where = target == null ? "" : " WHERE system_name = ? AND environment = ?";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM playbook_runs" + where
                    + " ORDER BY started_at DESC LIMIT " + Math.max(1, limit))) {
                if (target != null) {
                    ps.setString(1, target.system());
                    ps.setString(2, target.environment());
                }
                return Jdbc.list(ps, JdbcPlaybookJournal::runInfo);
            }
        });
    }

    private List<RunInfo> runs(String sql, String argument, int limit) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, argument);
                if (sql.endsWith("LIMIT ?")) {
                    ps.setInt(2, limit);
                }
                return Jdbc.list(ps, JdbcPlaybookJournal::runInfo);
            }
        });
    }

    private static RunInfo runInfo(ResultSet rs) throws SQLException {
        return new RunInfo(rs.getString("run_id"), rs.getString("playbook_name"),
                new SystemEnv(rs.getString("system_name"), rs.getString("environment")), rs.getString("operator_name"),
                RunStatus.valueOf(rs.getString("status")), rs.getInt("position"),
                read(rs.getString("parameters"), new TypeReference<Map<String, String>>() { }),
                Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"));
    }

    private static void delete(Connection c, String sql, String runId, int index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            if (index >= 0) {
                ps.setInt(2, index);
            }
            ps.executeUpdate();
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write playbook state as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored playbook state is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
