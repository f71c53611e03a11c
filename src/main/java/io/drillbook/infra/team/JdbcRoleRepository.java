package io.drillbook.infra.team;

import io.drillbook.core.team.Role;
import io.drillbook.core.team.RoleRepository;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Roles in the {@code roles} table, the first-admin claim in {@code role_bootstrap} (V8). */
public final class JdbcRoleRepository implements RoleRepository {
    private final Database db;

    public JdbcRoleRepository(Database db) {
        this.db = db;
    }

    @Override
    public Set<Role> rolesOf(String user) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT role_name FROM roles WHERE user_name = ?")) {
                ps.setString(1, user);
                EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                Jdbc.list(ps, rs -> Role.valueOf(rs.getString(1))).forEach(roles::add);
                return roles;
            }
        });
    }

    @Override
    public Map<String, Set<Role>> all() {
        return Jdbc.query(db, c -> {
            Map<String, Set<Role>> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name, role_name FROM roles"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), u -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean grant(String user, Role role, String grantedBy, Instant at) {
        return Jdbc.inTransaction(db, c -> update(c, "INSERT INTO roles (user_name, role_name, granted_by, granted_at) "
                + "VALUES (?,?,?,?) ON CONFLICT DO NOTHING", user, role.name(), grantedBy, Jdbc.utc(at)) > 0);
    }

    @Override
    public boolean revoke(String user, Role role) {
        return Jdbc.inTransaction(db, c -> update(c, "DELETE FROM roles WHERE user_name = ? AND role_name = ?", user, role.name()) > 0);
    }

    @Override
    public long countWith(Role role) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM roles WHERE role_name = ?")) {
                ps.setString(1, role.name());
                return Jdbc.list(ps, rs -> rs.getLong(1)).get(0);
            }
        });
    }

    @Override
    public boolean claimFirstAdmin(String user, Instant at) {
        return Jdbc.inTransaction(db, c -> update(c, "INSERT INTO role_bootstrap (id, first_admin, claimed_at) VALUES (1, ?, ?) "
                + "ON CONFLICT DO NOTHING", user, Jdbc.utc(at)) > 0);
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
