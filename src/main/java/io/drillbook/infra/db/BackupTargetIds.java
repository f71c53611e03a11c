package io.drillbook.infra.db;

import io.drillbook.core.model.SystemEnv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small integer ids of backup targets, so that summary rows stay narrow; cached after first use. */
final class BackupTargetIds {
    private final Map<SystemEnv, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, SystemEnv> targets = new ConcurrentHashMap<>();

    /** The id of {@code target}, created on first use. */
    int idOf(Connection c, SystemEnv target) throws SQLException {
        Integer known = ids.get(target);
        if (known != null) {
            return known;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO backup_targets (system_name, environment) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, target.system());
            insert.setString(2, target.environment());
            insert.executeUpdate();
        }
        loadAll(c);
        return ids.get(target);
    }

    /** The target of {@code id}; reloads the table for ids another process created. */
    SystemEnv targetOf(Connection c, int id) throws SQLException {
        SystemEnv target = targets.get(id);
        if (target == null) {
            loadAll(c);
            target = targets.get(id);
        }
        return target;
    }

    List<SystemEnv> all(Connection c) throws SQLException {
        loadAll(c);
        return targets.values().stream().sorted().toList();
    }

    private void loadAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, system_name, environment FROM backup_targets");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SystemEnv target = new SystemEnv(rs.getString(2), rs.getString(3));
                ids.put(target, rs.getInt(1));
                targets.put(rs.getInt(1), target);
            }
        }
    }
}
