package io.drillbook.infra.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.drillbook.core.drill.CleanupPlan;
import io.drillbook.core.drill.DrillLeftoverStore;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What drill runs must clean up, in the {@code drill_leftovers} table (V21) of H2 or PostgreSQL. */
public final class JdbcDrillLeftoverStore implements DrillLeftoverStore {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Database db;

    public JdbcDrillLeftoverStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String runId, CleanupPlan plan) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drill_leftovers (run_id, plan_name, target_profile, "
                    + "first_index, cleanup_steps, variables) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, runId);
                ps.setString(2, plan.plan());
                ps.setString(3, plan.targetProfile());
                ps.setInt(4, plan.firstIndex());
                ps.setString(5, write(plan.steps().stream().map(JdbcDrillLeftoverStore::entry).toList()));
                ps.setString(6, write(plan.variables()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void keepUntil(String runId, Instant until) {
        update("UPDATE drill_leftovers SET kept_until = ? WHERE run_id = ?", runId, until);
    }

    @Override
    public void cleaned(String runId, Instant at) {
        update("UPDATE drill_leftovers SET cleaned_at = ? WHERE run_id = ?", runId, at);
    }

    private void update(String sql, String runId, Instant at) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, Jdbc.utc(at));
                ps.setString(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<CleanupPlan> plan(String runId) {
        return one("SELECT plan_name, target_profile, first_index, cleanup_steps, variables FROM drill_leftovers WHERE run_id = ?",
                runId, JdbcDrillLeftoverStore::map);
    }

    @Override
    public Optional<Instant> keptUntil(String runId) {
        return one("SELECT kept_until FROM drill_leftovers WHERE run_id = ?", runId,
                rs -> Optional.ofNullable(Jdbc.instant(rs, "kept_until"))).flatMap(at -> at);
    }

    @Override
    public List<String> uncleaned() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id FROM drill_leftovers WHERE cleaned_at IS NULL ORDER BY run_id")) {
                return Jdbc.list(ps, rs -> rs.getString(1));
            }
        });
    }

    private <T> Optional<T> one(String sql, String runId, Jdbc.RowMapper<T> mapper) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, runId);
                return Jdbc.list(ps, mapper).stream().findFirst();
            }
        });
    }

    private static CleanupPlan map(ResultSet rs) throws SQLException {
        return new CleanupPlan(rs.getString("plan_name"), rs.getString("target_profile"), rs.getInt("first_index"),
                read(rs.getString("cleanup_steps"), new TypeReference<List<Map<String, String>>>() { }).stream()
                        .map(JdbcDrillLeftoverStore::step).toList(),
                read(rs.getString("variables"), new TypeReference<Map<String, String>>() { }));
    }

    private static Map<String, String> entry(DrillStep step) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("name", step.name());
        m.put("run", step.run());
        step.timeoutLimit().ifPresent(t -> m.put("timeout", t.toString()));
        return m;
    }

    private static DrillStep step(Map<String, String> m) {
        DrillStep step = DrillStep.command(m.get("name"), m.get("run"));
        return m.containsKey("timeout") ? step.withTimeout(java.time.Duration.parse(m.get("timeout"))) : step;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write drill leftovers as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored drill leftovers are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
