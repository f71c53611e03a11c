package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceRepository;
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
 * connection and hands each notification on as it arrives. When that connection is lost (the
 * server restarted, its session was terminated) it connects again, LISTENs again and first hands
 * on, from the evidence log, every change appended while it was away: none is lost or repeated.
 */
public final class PostgresChangeFeed implements WorkspaceChangeFeed {
    private static final Logger LOGGER = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final int WAIT_MILLIS = 250;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long LONGEST_RETRY_MILLIS = 5_000;

    private final Database db;
    private final EvidenceRepository evidence;
    private final ExecutorService listenerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("workspace-change-listener");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    private volatile Connection connection;
    /** The seq of the last change handed on; only the listener thread writes it after start. */
    private long lastSeen;

    public PostgresChangeFeed(Database db, EvidenceRepository evidence) {
        this.db = db;
        this.evidence = evidence;
    }

    /** Listens before returning, so every change appended after the call is delivered. */
    @Override
    public synchronized void start(Consumer<WorkspaceChange> listener) {
        lastSeen = headSeq();
        try {
            PGConnection pg = connectAndListen();
            listenerThread.submit(() -> run(pg, listener));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private void run(PGConnection first, Consumer<WorkspaceChange> listener) {
        PGConnection pg = first;
        while (!closed && pg != null) {
            try {
                catchUp(listener);
                listen(pg, listener);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOGGER.warn("Lost the connection that listens for workspace changes; connecting again", e);
            }
            closeConnection();
            pg = reconnect();
        }
    }

    private void listen(PGConnection pg, Consumer<WorkspaceChange> listener) throws SQLException {
        while (!closed) {
            PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
            if (batch != null) {
                for (PGNotification n : batch) {
                    parse(n.getParameter()).filter(c -> c.seq() > lastSeen).ifPresent(c -> deliver(c, listener));
                }
            }
        }
    }

    /** Hands on the changes appended since the last one handed on (none on a first start). */
    private void catchUp(Consumer<WorkspaceChange> listener) {
        long head = headSeq();
        if (head > lastSeen) {
            evidence.forEachInOrder(lastSeen + 1, head, e -> deliver(WorkspaceChange.of(e), listener));
        }
    }

    private void deliver(WorkspaceChange change, Consumer<WorkspaceChange> listener) {
        lastSeen = change.seq();
        listener.accept(change);
    }

    /** Tries again, waiting a little longer each time (up to 5 s), until connected or closed. */
    private PGConnection reconnect() {
        long wait = FIRST_RETRY_MILLIS;
        while (!closed) {
            try {
                PGConnection pg = connectAndListen();
                LOGGER.info("Listening for workspace changes again");
                return pg;
            } catch (SQLException | RuntimeException e) {
                LOGGER.debug("Connecting the change listener failed; next try in {} ms", wait, e);
                closeConnection();
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            wait = Math.min(wait * 2, LONGEST_RETRY_MILLIS);
        }
        return null;
    }

    private PGConnection connectAndListen() throws SQLException {
        connection = db.dedicatedConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN " + JdbcEvidenceRepository.CHANGE_CHANNEL);
        }
        return connection.unwrap(PGConnection.class);
    }

    private long headSeq() {
        return evidence.head().map(EvidenceEvent::seq).orElse(0L);
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

    @Override
    public synchronized void close() {
        closed = true;
        listenerThread.shutdownNow();
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
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOGGER.debug("Closing the LISTEN connection failed", e);
            }
        }
    }
}
