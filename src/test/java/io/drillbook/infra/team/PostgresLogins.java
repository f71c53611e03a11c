package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, migrated shared workspace on the test PostgreSQL server plus real login roles
 * ({@code CREATE ROLE ... LOGIN}) that may use its tables, each with its own JDBC URL. The server
 * trusts local connections, so a URL's {@code user=} is the login the server authenticates.
 * Roles are cluster-wide: names are unique per instance and dropped on close.
 */
public final class PostgresLogins implements AutoCloseable {
    private final FreshDatabases.FreshDatabase database;
    private final Map<String, String> logins = new LinkedHashMap<>();
    private final String adminUrl;

    /** @param people short names (alice, bob); each becomes a login {@code name_<random>} */
    public PostgresLogins(Path tempDir, String... people) {
        this.adminUrl = FreshDatabases.requirePostgresUrl();
        this.database = FreshDatabases.create(FreshDatabases.Kind.POSTGRES, tempDir);
        try (io.drillbook.infra.db.Database migrated = io.drillbook.infra.db.Database.open(database.url())) {
            migrated.isPostgres();
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        for (String person : people) {
            String login = person + "_" + suffix;
            sql(adminUrl, "CREATE ROLE " + login + " LOGIN");
            sql(database.url(), "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + login,
                    "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + login);
            logins.put(person, login);
        }
    }

    /** The login the server knows {@code person} by. */
    public String login(String person) {
        return logins.get(person);
    }

    /** The workspace's URL connecting as {@code person}'s login. */
    public String url(String person) {
        return database.url().replaceAll("user=[^&]*", "user=" + login(person));
    }

    /** The workspace's URL as the server's superuser (for assertions on what was stored). */
    public String adminUrl() {
        return database.url();
    }

    private static void sql(String url, String... statements) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test login setup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
        logins.values().forEach(login -> sql(adminUrl, "DROP ROLE IF EXISTS " + login));
    }
}
