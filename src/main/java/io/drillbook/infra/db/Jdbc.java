package io.drillbook.infra.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers shared by the repositories: time binding, transactions, row mapping. */
public final class Jdbc {
    private static final ThreadLocal<Joined> JOINED = new ThreadLocal<>();

    private Jdbc() {
    }

    /** The transaction an {@link #inOneTransaction} holds open on this thread. */
    private record Joined(Database db, Connection connection) {
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on this thread: every {@link #inTransaction} and
     * {@link #query} on {@code db} inside it joins that transaction, and all commit together at
     * the end (or roll back together if it throws). Nested calls join the outer one.
     */
    public static void inOneTransaction(Database db, Runnable work) {
        if (JOINED.get() != null && JOINED.get().db() == db) {
            work.run();
            return;
        }
        Joined outer = JOINED.get();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            JOINED.set(new Joined(db, c));
            try {
                work.run();
                c.commit();
                db.syncCommitted(c);
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                JOINED.set(outer);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The connection of an {@link #inOneTransaction} running on this thread for {@code db}, if any. */
    private static Connection joined(Database db) {
        Joined joined = JOINED.get();
        return joined != null && joined.db() == db ? joined.connection() : null;
    }

    private static <T> T onJoined(Connection outer, Work<T> work) {
        try {
            return work.run(outer);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public static <T> T inTransaction(Database db, Work<T> work) {
        Connection outer = joined(db);
        if (outer != null) {
            return onJoined(outer, work);
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                db.syncCommitted(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public static <T> T query(Database db, Work<T> work) {
        Connection outer = joined(db);
        if (outer != null) {
            return onJoined(outer, work);
        }
        try (Connection c = db.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public static <T> List<T> list(PreparedStatement ps, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
        }
        return out;
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    public static String joinList(List<String> values) {
        return String.join(",", values);
    }

    public static List<String> splitList(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
