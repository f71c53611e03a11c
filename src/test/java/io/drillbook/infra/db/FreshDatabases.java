package io.drillbook.infra.db;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fresh, migrated test databases of either kind: an H2 file in a temp dir, or a uniquely named
 * database on the PostgreSQL server named by {@code DRILLBOOK_TEST_PG_URL} (see .ci/start-postgres.sh).
 * Without that variable the PostgreSQL variant is skipped with a visible reason, never silently.
 */
public final class FreshDatabases {
    public static final String PG_URL_VARIABLE = "DRILLBOOK_TEST_PG_URL";
    private static final String SKIP_REASON = PG_URL_VARIABLE
            + " is not set: PostgreSQL tests skipped (eval \"$(.ci/start-postgres.sh)\" to run them)";
    private static final Logger LOGGER = LoggerFactory.getLogger(FreshDatabases.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Which store a test runs against. */
    public enum Kind { H2, POSTGRES }

    private FreshDatabases() {
    }

    /** The admin URL of the test server, or a JUnit assumption failure naming the variable to set. */
    public static String requirePostgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (!WARNED.getAndSet(true)) {
                LOGGER.warn(SKIP_REASON);
            }
            Assumptions.abort(SKIP_REASON);
        }
        return url;
    }

    /** A new empty database (not yet migrated); {@link FreshDatabase#close()} drops it. */
    public static FreshDatabase create(Kind kind, Path tempDir) {
        if (kind == Kind.H2) {
            return new FreshDatabase(Database.h2Url(tempDir.resolve("h2-" + UUID.randomUUID())), () -> { });
        }
        String admin = requirePostgresUrl();
        String name = "drillbook_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        adminSql(admin, "CREATE DATABASE " + name);
        return new FreshDatabase(withDatabaseName(admin, name), () -> adminSql(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** Opens (and migrates) a fresh database of {@code kind}. */
    public static FreshDatabase open(Kind kind, Path tempDir) {
        FreshDatabase fresh = create(kind, tempDir);
        fresh.open();
        return fresh;
    }

    static String withDatabaseName(String url, String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static void adminSql(String adminUrl, String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A test database's URL, its open {@link Database} and how to throw it away. */
    public static final class FreshDatabase implements AutoCloseable {
        private final String url;
        private final Runnable drop;
        private Database database;

        FreshDatabase(String url, Runnable drop) {
            this.url = url;
            this.drop = drop;
        }

        public String url() {
            return url;
        }

        public Database open() {
            if (database == null) {
                database = Database.open(url);
            }
            return database;
        }

        public Database database() {
            return open();
        }

        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
            drop.run();
        }
    }
}
