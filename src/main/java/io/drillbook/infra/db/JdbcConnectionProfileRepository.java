package io.drillbook.infra.db;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionProfileRepository;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Connection profiles in H2 or PostgreSQL. Holds no secrets because profiles have none. */
public final class JdbcConnectionProfileRepository implements ConnectionProfileRepository {
    private static final String COLUMNS = "kind, host, port, login_user, auth_method, key_path, jump_profile, "
            + "connect_timeout_ms, command_timeout_ms, keep_alive_seconds, name";

    private final Database db;

    public JdbcConnectionProfileRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(ConnectionProfile p) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE connection_profiles SET kind = ?, host = ?, port = ?, "
                    + "login_user = ?, auth_method = ?, key_path = ?, jump_profile = ?, connect_timeout_ms = ?, "
                    + "command_timeout_ms = ?, keep_alive_seconds = ? WHERE name = ?")) {
                bind(update, p);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO connection_profiles (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                bind(insert, p);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, ConnectionProfile p) throws SQLException {
        ps.setString(1, p.kind().name());
        ps.setString(2, p.host());
        ps.setInt(3, p.port());
        ps.setString(4, p.user());
        ps.setString(5, p.auth() == null ? null : p.auth().name());
        ps.setString(6, p.keyPath() == null ? null : p.keyPath().toString());
        ps.setString(7, p.jumpProfile());
        ps.setLong(8, p.connectTimeout().toMillis());
        ps.setLong(9, p.commandTimeout().toMillis());
        ps.setLong(10, p.keepAlive().toSeconds());
        ps.setString(11, p.name());
    }

    @Override
    public Optional<ConnectionProfile> find(String name) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM connection_profiles WHERE name = ?")) {
                ps.setString(1, name);
                return Jdbc.list(ps, JdbcConnectionProfileRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public List<ConnectionProfile> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM connection_profiles ORDER BY name")) {
                return Jdbc.list(ps, JdbcConnectionProfileRepository::map);
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM connection_profiles WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static ConnectionProfile map(ResultSet rs) throws SQLException {
        String auth = rs.getString("auth_method");
        String keyPath = rs.getString("key_path");
        return new ConnectionProfile(rs.getString("name"), ConnectionKind.valueOf(rs.getString("kind")),
                rs.getString("host"), rs.getInt("port"), rs.getString("login_user"),
                auth == null ? null : AuthMethod.valueOf(auth), keyPath == null ? null : Path.of(keyPath),
                rs.getString("jump_profile"), Duration.ofMillis(rs.getLong("connect_timeout_ms")),
                Duration.ofMillis(rs.getLong("command_timeout_ms")), Duration.ofSeconds(rs.getLong("keep_alive_seconds")));
    }
}
