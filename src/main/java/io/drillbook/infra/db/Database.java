package io.drillbook.infra.db;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The workspace store: an embedded H2 file (one user) or a shared PostgreSQL server (a team),
 * migrated by the same Flyway scripts.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(Database.class);
    private static final int MAX_POSTGRES_CONNECTIONS = 32;

    static {
        H2Settings.useNoObjectCache();
    }

    private final String url;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final boolean syncsCommits;

    private Database(String url, DataSource dataSource, AutoCloseable closer) {
        this.url = url;
        this.dataSource = dataSource;
        this.closer = closer;
        this.syncsCommits = url.startsWith("jdbc:h2:") && H2Settings.isFile(url);
    }

    /** The embedded store in {@code dataDir}/drillbook.mv.db. */
    public static Database embedded(Path dataDir) {
        return open(h2Url(dataDir));
    }

    public static String h2Url(Path dataDir) {
        return H2Settings.complete("jdbc:h2:file:" + dataDir.resolve("drillbook").toAbsolutePath());
    }

    /**
     * Opens and migrates the database at {@code jdbcUrl}. An H2 URL always gets the durability and
     * sharing settings of {@link H2Settings}; a workspace another program holds without sharing it
     * fails with one line saying so ({@link WorkspaceInUseException}).
     */
    public static Database open(String jdbcUrl) {
        Database db;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            String url = H2Settings.complete(jdbcUrl);
            if (SchemaTemplate.seedNewStore(url, SchemaTemplate.shipped())) {
                LOGGER.info("New store started from the migrated template");
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(16);
            db = new Database(url, pool, () -> closeH2(url, pool));
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PostgresConnectionPool pool = new PostgresConnectionPool(PostgresDataSource.pooled(jdbcUrl), MAX_POSTGRES_CONNECTIONS);
            db = new Database(jdbcUrl, pool, pool);
        } else {
            throw new IllegalArgumentException("unsupported database URL (use jdbc:h2:... or jdbc:postgresql:...): " + jdbcUrl);
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw WorkspaceInUseException.from(db.url, e);
        }
        return db;
    }

    /**
     * Shrinks the file if this process is its last user and it is mostly dead chunks, then closes.
     * The connection for the check is opened before the pool lets its idle sessions go, so the
     * database stays open in between and the check sees every session still alive: one of a
     * connection not given back, a run lock, a reader, another {@code Database} on the same file in
     * this JVM, or another process served over {@code AUTO_SERVER}.
     */
    private static void closeH2(String url, JdbcConnectionPool pool) {
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            pool.dispose();
            H2Compaction.compactIfWorthIt(c);
        } catch (SQLException | RuntimeException e) {
            LOGGER.debug("No compaction at close: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }

    private void migrate() {
        long started = System.nanoTime();
        if (MigrationCheck.upToDate(dataSource)) {
            LOGGER.info("Database {} is up to date ({} ms)", describe(), (System.nanoTime() - started) / 1_000_000);
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOGGER.info("Database {} migrated in {} ms", describe(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Forces what {@code c} just committed onto the disk of an embedded workspace ({@code CHECKPOINT
     * SYNC}), so a power loss keeps it too; H2 itself writes at commit but does not sync. PostgreSQL
     * syncs its write-ahead log at commit by itself ({@code synchronous_commit}).
     */
    void syncCommitted(Connection c) throws SQLException {
        if (syncsCommits) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * A connection outside the pool, for work that keeps one open for a long time (an advisory
     * lock's session, a LISTEN loop). The caller closes it. On H2 it is a pooled one.
     */
    public Connection dedicatedConnection() throws SQLException {
        return isPostgres() ? new PostgresDataSource(url).getConnection() : dataSource.getConnection();
    }

    /**
     * A connection of its own for a long read on one thread, which the caller closes. On H2 it is
     * outside the pool: a pooled H2 connection takes a lock on every JDBC call (each column of each
     * row) to check it was not closed: a sixth to a quarter of the processor time of reading the chain
     * (docs/adr/0025-verify-speed.md). On PostgreSQL it is a pooled one.
     */
    Connection unpooledReadConnection() throws SQLException {
        return isPostgres() ? dataSource.getConnection() : java.sql.DriverManager.getConnection(url, "sa", "");
    }

    /** The JDBC URL as given (it may hold credentials: never log it, use {@link #describe()}). */
    public String jdbcUrl() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A description without credentials, for the status bar and logs. */
    public String describe() {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        return base.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOGGER.warn("Closing the database failed", e);
        }
    }
}
