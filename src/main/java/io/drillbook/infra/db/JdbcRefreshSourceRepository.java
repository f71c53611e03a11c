package io.drillbook.infra.db;

import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.model.SystemEnv;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Inventory refresh sources in H2 or PostgreSQL. */
public final class JdbcRefreshSourceRepository implements RefreshSourceRepository {
    private static final String COLUMNS = "kind, profile_name, command_line, import_format, naming_rule, system_name, "
            + "environment_name, interval_seconds, name";

    private final Database db;

    public JdbcRefreshSourceRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(RefreshSource s) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE refresh_sources SET kind = ?, profile_name = ?, "
                    + "command_line = ?, import_format = ?, naming_rule = ?, system_name = ?, environment_name = ?, "
                    + "interval_seconds = ? WHERE name = ?")) {
                bind(update, s);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO refresh_sources (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
                bind(insert, s);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, RefreshSource s) throws SQLException {
        ps.setString(1, s.kind().name());
        ps.setString(2, s.profile());
        ps.setString(3, s.command());
        ps.setString(4, s.format());
        ps.setString(5, s.namingRule());
        ps.setString(6, s.target() == null ? null : s.target().system());
        ps.setString(7, s.target() == null ? null : s.target().environment());
        ps.setLong(8, s.interval().toSeconds());
        ps.setString(9, s.name());
    }

    @Override
    public Optional<RefreshSource> find(String name) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM refresh_sources WHERE name = ?")) {
                ps.setString(1, name);
                return Jdbc.list(ps, JdbcRefreshSourceRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public List<RefreshSource> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM refresh_sources ORDER BY name")) {
                return Jdbc.list(ps, JdbcRefreshSourceRepository::map);
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM refresh_sources WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static RefreshSource map(ResultSet rs) throws SQLException {
        String system = rs.getString("system_name");
        String environment = rs.getString("environment_name");
        SystemEnv target = system == null || environment == null ? null : new SystemEnv(system, environment);
        return new RefreshSource(rs.getString("name"), RefreshSource.Kind.valueOf(rs.getString("kind")),
                rs.getString("profile_name"), rs.getString("command_line"), rs.getString("import_format"),
                rs.getString("naming_rule"), target, Duration.ofSeconds(rs.getLong("interval_seconds")));
    }
}
