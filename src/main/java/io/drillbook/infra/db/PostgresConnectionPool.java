package io.drillbook.infra.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small pool of PostgreSQL connections that survives a server restart: an idle connection is
 * validated ({@link Connection#isValid}, one round trip) before it is handed out, and one the
 * driver reported broken is closed instead of going back to the pool. H2's pool, used before,
 * ignored the driver's error events and handed terminated sessions out again.
 */
final class PostgresConnectionPool implements DataSource, ConnectionEventListener, AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(PostgresConnectionPool.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 5;
    private static final long CHECKOUT_TIMEOUT_SECONDS = 30;

    private final ConnectionPoolDataSource source;
    private final Semaphore checkouts;
    private final Deque<PooledConnection> idle = new ConcurrentLinkedDeque<>();
    private final Set<PooledConnection> broken = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PostgresConnectionPool(ConnectionPoolDataSource source, int maxConnections) {
        this.source = source;
        this.checkouts = new Semaphore(maxConnections, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        takeCheckout();
        try {
            return checkOut();
        } catch (SQLException | RuntimeException e) {
            checkouts.release();
            throw e;
        }
    }

    private void takeCheckout() throws SQLException {
        if (closed) {
            throw new SQLException("the connection pool is closed");
        }
        try {
            if (!checkouts.tryAcquire(CHECKOUT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLTransientConnectionException("no PostgreSQL connection free within " + CHECKOUT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
    }

    /** The most recently returned idle connection that still answers, else a new one. */
    private Connection checkOut() throws SQLException {
        PooledConnection pooled;
        while ((pooled = idle.pollFirst()) != null) {
            Connection validated = validated(pooled);
            if (validated != null) {
                return validated;
            }
        }
        PooledConnection fresh = source.getPooledConnection();
        fresh.addConnectionEventListener(this);
        try {
            return fresh.getConnection();
        } catch (SQLException e) {
            discard(fresh);
            throw e;
        }
    }

    private Connection validated(PooledConnection pooled) {
        try {
            Connection handle = pooled.getConnection();
            if (!broken.contains(pooled) && handle.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return handle;
            }
        } catch (SQLException e) {
            LOGGER.debug("A pooled PostgreSQL connection failed its check", e);
        }
        LOGGER.info("Dropped a pooled PostgreSQL connection that no longer answers (server restarted or session ended)");
        discard(pooled);
        return null;
    }

    /** The user closed its handle: back to the pool, unless the driver said the connection broke. */
    @Override
    public void connectionClosed(ConnectionEvent event) {
        PooledConnection pooled = (PooledConnection) event.getSource();
        if (broken.contains(pooled) || closed) {
            discard(pooled);
        } else {
            idle.offerFirst(pooled);
        }
        checkouts.release();
    }

    /** The driver hit a fatal error on this connection (its session is gone): never hand it out again. */
    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
        broken.add((PooledConnection) event.getSource());
    }

    private void discard(PooledConnection pooled) {
        pooled.removeConnectionEventListener(this);
        broken.remove(pooled);
        try {
            pooled.close();
        } catch (SQLException e) {
            LOGGER.debug("Closing a discarded PostgreSQL connection failed", e);
        }
    }

    /** Closes the idle connections now; connections in use are closed when their users give them back. */
    @Override
    public void close() {
        closed = true;
        PooledConnection pooled;
        while ((pooled = idle.pollFirst()) != null) {
            discard(pooled);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's connections all use the workspace's credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return source.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
