package io.drillbook.infra.team;

import io.drillbook.core.team.WorkspaceChange;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Workspace changes on a shared PostgreSQL server: every evidence append sends a NOTIFY in its own
 * transaction ({@link JdbcEvidenceRepository#CHANGE_CHANNEL}); this feed LISTENs on a dedicated
 * connection and hands each notification on as it arrives.
 */
public final class PostgresChangeFeed implements WorkspaceChangeFeed {
    private static final Logger LOGGER = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final int WAIT_MILLIS = 250;

    private final Database db;
    private final ExecutorService listenerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("workspace-change-listener");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    private Connection connection;

    public PostgresChangeFeed(Database db) {
        this.db = db;
    }

    @Override
    public synchronized void start(Consumer<WorkspaceChange> listener) {
        try {
            connection = db.dedicatedConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("LISTEN " + JdbcEvidenceRepository.CHANGE_CHANNEL);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        PGConnection pg = unwrap(connection);
        listenerThread.submit(() -> listen(pg, listener));
    }

    private void listen(PGConnection pg, Consumer<WorkspaceChange> listener) {
        while (!closed) {
            try {
                PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
                if (batch != null) {
                    for (PGNotification n : batch) {
                        parse(n.getParameter()).ifPresent(listener);
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    LOGGER.warn("Listening for workspace changes failed; the console will not hear of others' changes", e);
                }
                return;
            }
        }
    }

    /** The payload is {@code seq\nactor\nkind\nsubject}, as {@link JdbcEvidenceRepository} sends it. */
    static Optional<WorkspaceChange> parse(String payload) {
        String[] parts = payload.split("\n", 4);
        if (parts.length < 4 || !parts[0].matches("\\d+")) {
            LOGGER.warn("Ignoring a workspace notification that is not seq/actor/kind/subject");
            return Optional.empty();
        }
        return Optional.of(new WorkspaceChange(Long.parseLong(parts[0]), parts[1], parts[2], parts[3]));
    }

    private static PGConnection unwrap(Connection c) {
        try {
            return c.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        listenerThread.shutdown();
        try {
            if (!listenerThread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOGGER.warn("The change listener did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOGGER.debug("Closing the LISTEN connection failed", e);
            }
        }
    }
}
