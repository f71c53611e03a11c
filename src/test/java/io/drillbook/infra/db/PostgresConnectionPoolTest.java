package io.drillbook.infra.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL pool hands out only connections whose server session is alive. */
@RequiresPostgres
class PostgresConnectionPoolTest {
    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    PostgresConnectionPool pool;

    @BeforeEach
    void open() {
        fresh = FreshDatabases.create(FreshDatabases.Kind.POSTGRES, dir);
        pool = new PostgresConnectionPool(PostgresDataSource.pooled(fresh.url()), 1);
    }

    @AfterEach
    void close() {
        pool.close();
        fresh.close();
    }

    @Test
    void returnedConnectionIsReusedWhileItsSessionLives() throws SQLException {
        int first;
        try (Connection c = pool.getConnection()) {
            first = backendPid(c);
        }
        try (Connection c = pool.getConnection()) {
            assertThat(backendPid(c)).isEqualTo(first);
        }
    }

    @Test
    void idleConnectionWhoseSessionEndedIsReplaced() throws SQLException {
        int first;
        try (Connection c = pool.getConnection()) {
            first = backendPid(c);
        }
        terminate(first);
        try (Connection c = pool.getConnection()) {
            assertThat(backendPid(c)).isNotEqualTo(first);
        }
    }

    @Test
    void connectionThatFailedInUseIsNotPooledAgainAndFreesItsPlace() throws SQLException {
        int first;
        try (Connection c = pool.getConnection()) {
            first = backendPid(c);
            terminate(first);
            assertThatThrownBy(() -> backendPid(c)).isInstanceOf(SQLException.class);
        }
        try (Connection c = pool.getConnection()) {
            assertThat(backendPid(c)).as("a new session in the pool's only place").isNotEqualTo(first);
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Ends one session from an admin connection and waits (up to 10 s) until it is gone. */
    private void terminate(int pid) throws SQLException {
        try (Connection admin = DriverManager.getConnection(fresh.url());
             PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("session ended").isTrue();
            }
        }
    }
}
