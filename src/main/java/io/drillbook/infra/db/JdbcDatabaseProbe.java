package io.drillbook.infra.db;

import io.drillbook.core.settings.DatabaseProbe;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/** Connects with the JDBC driver, asks the server who it is, and disconnects; nothing is migrated. */
public final class JdbcDatabaseProbe implements DatabaseProbe {
    @Override
    public Result test(String jdbcUrl, char[] password) {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.startsWith("jdbc:h2:"))) {
            return Result.failed("use a jdbc:postgresql://HOST:PORT/DATABASE?user=NAME URL (or jdbc:h2:...)");
        }
        Properties properties = new Properties();
        String fromEnvironment = System.getenv("PGPASSWORD");
        if (password != null && password.length > 0) {
            properties.setProperty("password", new String(password));
        } else if (fromEnvironment != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            properties.setProperty("password", fromEnvironment);
        }
        DriverManager.setLoginTimeout(10);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, properties)) {
            DatabaseMetaData meta = c.getMetaData();
            c.isValid(5);
            return new Result(true, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    Duration.ofNanos(System.nanoTime() - start), "");
        } catch (SQLException e) {
            return Result.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' '));
        }
    }
}
