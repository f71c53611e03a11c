package io.drillbook.infra.db;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts a chunk of backups as one JDBC batch: known ones (same target, source and id) are
 * looked up first, so the batch is a plain INSERT (several times faster on H2 than
 * ON CONFLICT DO NOTHING); if a concurrent writer got there first, the chunk is retried row by
 * row with ON CONFLICT DO NOTHING.
 */
final class BackupBatchInsert {
    private final String insertSql;
    private final Binder binder;

    /** Binds one backup to the insert statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, Backup b) throws SQLException;
    }

    BackupBatchInsert(String insertSql, Binder binder) {
        this.insertSql = insertSql;
        this.binder = binder;
    }

    /** Inserts what is new in {@code chunk}; returns the inserted backups. */
    List<Backup> insertNew(Connection c, List<Backup> chunk) throws SQLException {
        Set<String> known = knownKeys(c, chunk);
        Map<String, Backup> fresh = new LinkedHashMap<>();
        for (Backup b : chunk) {
            if (!known.contains(key(b))) {
                fresh.putIfAbsent(key(b), b);
            }
        }
        Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(insertSql)) {
            for (Backup b : fresh.values()) {
                binder.bind(insert, b);
                insert.addBatch();
            }
            insert.executeBatch();
            return new ArrayList<>(fresh.values());
        } catch (SQLException raced) {
            c.rollback(savepoint);
            return insertIgnoringConflicts(c, new ArrayList<>(fresh.values()));
        }
    }

    private List<Backup> insertIgnoringConflicts(Connection c, List<Backup> rows) throws SQLException {
        List<Backup> inserted = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(insertSql + " ON CONFLICT DO NOTHING")) {
            for (Backup b : rows) {
                binder.bind(insert, b);
                if (insert.executeUpdate() > 0) {
                    inserted.add(b);
                }
            }
        }
        return inserted;
    }

    static String key(Backup b) {
        return b.target() + "\u0000" + b.source() + "\u0000" + b.externalId();
    }

    private static Set<String> knownKeys(Connection c, List<Backup> chunk) throws SQLException {
        Map<SystemEnv, List<String>> idsByTarget = new LinkedHashMap<>();
        chunk.forEach(b -> idsByTarget.computeIfAbsent(b.target(), t -> new ArrayList<>()).add(b.externalId()));
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, external_id FROM backups "
                + "WHERE system_name = ? AND environment = ? AND external_id = ANY (?)")) {
            for (Map.Entry<SystemEnv, List<String>> e : idsByTarget.entrySet()) {
                Array ids = c.createArrayOf("VARCHAR", e.getValue().toArray());
                ps.setString(1, e.getKey().system());
                ps.setString(2, e.getKey().environment());
                ps.setArray(3, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.add(e.getKey() + "\u0000" + rs.getString(1) + "\u0000" + rs.getString(2));
                    }
                }
            }
        }
        return known;
    }
}
