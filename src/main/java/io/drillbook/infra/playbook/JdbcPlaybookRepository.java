package io.drillbook.infra.playbook;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookRepository;
import io.drillbook.core.playbook.StoredPlaybook;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Playbooks in H2 or PostgreSQL (table {@code playbooks}, V11). */
public final class JdbcPlaybookRepository implements PlaybookRepository {
    private static final String COLUMNS = "system_name, environment, yaml_text, updated_at, updated_by, name";

    private final Database db;

    public JdbcPlaybookRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(StoredPlaybook p) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE playbooks SET system_name = ?, environment = ?, "
                    + "yaml_text = ?, updated_at = ?, updated_by = ? WHERE name = ?")) {
                bind(update, p);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO playbooks (" + COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
                bind(insert, p);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, StoredPlaybook p) throws SQLException {
        ps.setString(1, p.target().system());
        ps.setString(2, p.target().environment());
        ps.setString(3, p.yaml());
        ps.setObject(4, Jdbc.utc(p.updatedAt()));
        ps.setString(5, p.updatedBy());
        ps.setString(6, p.name());
    }

    @Override
    public Optional<StoredPlaybook> find(String name) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM playbooks WHERE name = ?")) {
                ps.setString(1, name);
                return Jdbc.list(ps, JdbcPlaybookRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public List<StoredPlaybook> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM playbooks ORDER BY name")) {
                return Jdbc.list(ps, JdbcPlaybookRepository::map);
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM playbooks WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static StoredPlaybook map(ResultSet rs) throws SQLException {
        return new StoredPlaybook(rs.getString("name"), new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getString("yaml_text"), Jdbc.instant(rs, "updated_at"), rs.getString("updated_by"));
    }
}
