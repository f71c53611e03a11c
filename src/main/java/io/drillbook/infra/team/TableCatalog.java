package io.drillbook.infra.team;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workspace's tables as the database describes them (whatever migrations created them),
 * ordered so that a table comes after every table its foreign keys point to.
 */
final class TableCatalog {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private TableCatalog() {
    }

    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(FLYWAY_HISTORY)) {
                    dependsOn.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> entry : dependsOn.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, entry.getKey())) {
                while (rs.next()) {
                    entry.getValue().add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return ordered(dependsOn);
    }

    private static List<String> ordered(Map<String, Set<String>> dependsOn) {
        List<String> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < dependsOn.size()) {
            int before = placed.size();
            dependsOn.forEach((table, deps) -> {
                if (!placed.contains(table) && placed.containsAll(deps.stream().filter(d -> !d.equals(table)).toList())) {
                    placed.add(table);
                    out.add(table);
                }
            });
            if (placed.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + dependsOn.keySet());
            }
        }
        return out;
    }

    /** Columns generated as identities, which must continue after the copied rows. */
    static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    static long count(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
