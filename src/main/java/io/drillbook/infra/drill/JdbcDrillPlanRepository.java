package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillPlanRepository;
import io.drillbook.core.drill.StoredDrillPlan;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Drill plans in the {@code drill_plans} table (V10) of H2 or PostgreSQL. */
public final class JdbcDrillPlanRepository implements DrillPlanRepository {
    private static final String COLUMNS = "SELECT name, system_name, environment, yaml_text, updated_at, updated_by FROM drill_plans";

    private final Database db;

    public JdbcDrillPlanRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(StoredDrillPlan plan) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM drill_plans WHERE name = ?")) {
                del.setString(1, plan.name());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drill_plans (name, system_name, environment, "
                    + "yaml_text, updated_at, updated_by) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, plan.name());
                ps.setString(2, plan.target().system());
                ps.setString(3, plan.target().environment());
                ps.setString(4, plan.yaml());
                ps.setObject(5, Jdbc.utc(plan.updatedAt()));
                ps.setString(6, plan.updatedBy());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredDrillPlan> find(String name) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE name = ?")) {
                ps.setString(1, name);
                return Jdbc.list(ps, JdbcDrillPlanRepository::row).stream().findFirst();
            }
        });
    }

    @Override
    public List<StoredDrillPlan> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY name")) {
                return Jdbc.list(ps, JdbcDrillPlanRepository::row);
            }
        });
    }

    @Override
    public List<StoredDrillPlan> forTarget(SystemEnv target) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE system_name = ? AND environment = ? ORDER BY name")) {
                ps.setString(1, target.system());
                ps.setString(2, target.environment());
                return Jdbc.list(ps, JdbcDrillPlanRepository::row);
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM drill_plans WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static StoredDrillPlan row(ResultSet rs) throws SQLException {
        return new StoredDrillPlan(rs.getString("name"), new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getString("yaml_text"), Jdbc.instant(rs, "updated_at"), rs.getString("updated_by"));
    }
}
