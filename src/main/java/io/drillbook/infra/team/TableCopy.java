package io.drillbook.infra.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Copies one table's rows verbatim between H2 and PostgreSQL, streaming and in batches. */
final class TableCopy {
    private static final int BATCH = 1_000;

    private TableCopy() {
    }

    static long copy(Connection from, Connection to, String table) throws SQLException {
        long copied = 0;
        try (PreparedStatement select = from.prepareStatement("SELECT * FROM " + table)) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                try (PreparedStatement insert = to.prepareStatement(insertSql(table, meta))) {
                    while (rs.next()) {
                        bindRow(rs, meta, insert);
                        insert.addBatch();
                        if (++copied % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        return copied;
    }

    private static String insertSql(String table, ResultSetMetaData meta) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.append(i > 1 ? ", " : "").append(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            marks.append(i > 1 ? ", ?" : "?");
        }
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")";
    }

    /** Times travel as java.time values so neither driver shifts them through the JVM's zone. */
    private static void bindRow(ResultSet rs, ResultSetMetaData meta, PreparedStatement insert) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            insert.setObject(i, read(rs, meta, i));
        }
    }

    private static Object read(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
        String typeName = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        int type = meta.getColumnType(i);
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || typeName.contains("timestamptz") || typeName.contains("with time zone")) {
            return rs.getObject(i, OffsetDateTime.class);
        }
        if (type == Types.TIMESTAMP) {
            return rs.getObject(i, LocalDateTime.class);
        }
        if (type == Types.DATE) {
            return rs.getObject(i, LocalDate.class);
        }
        return rs.getObject(i);
    }

    /** Sets each identity column to continue after the largest copied value. */
    static void continueIdentities(Connection to, String table) throws SQLException {
        for (String column : TableCatalog.identityColumns(to, table)) {
            long next;
            try (PreparedStatement ps = to.prepareStatement("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
            try (PreparedStatement ps = to.prepareStatement("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next)) {
                ps.execute();
            }
        }
    }
}
