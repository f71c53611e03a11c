package io.drillbook.infra.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;

import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Connections to a shared PostgreSQL server. The password is never stored by Drillbook: pgjdbc
 * reads it from the URL's own parameters, {@code PGPASSWORD} or {@code ~/.pgpass}.
 */
final class PostgresDataSource implements DataSource {
    private final String url;
    private final Properties properties = new Properties();

    PostgresDataSource(String url) {
        this.url = url;
        String password = System.getenv("PGPASSWORD");
        if (password != null && !url.contains("password=")) {
            properties.setProperty("password", password);
        }
        String user = System.getenv("PGUSER");
        if (user != null && !url.contains("user=")) {
            properties.setProperty("user", user);
        }
    }

    /** The same server as a source of poolable connections (for {@link PostgresConnectionPool}). */
    static ConnectionPoolDataSource pooled(String url) {
        PostgresDataSource plain = new PostgresDataSource(url);
        PGConnectionPoolDataSource pool = new PGConnectionPoolDataSource();
        pool.setURL(url);
        String user = plain.properties.getProperty("user");
        if (user != null) {
            pool.setUser(user);
        }
        String password = plain.properties.getProperty("password");
        if (password != null) {
            pool.setPassword(password);
        }
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
