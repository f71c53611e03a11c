package io.drillbook.infra.team;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a whole workspace from one store to another (typically a local H2 file to a shared
 * PostgreSQL server): every table, the evidence rows verbatim with their hashes and the head
 * row, in one transaction on the target. Refuses a target that holds anything; afterwards checks
 * each table's row count and that the target's chain verifies to the source's head.
 */
public final class WorkspaceMover {
    private static final Logger LOGGER = LoggerFactory.getLogger(WorkspaceMover.class);
    /**
     * Tables whose rows the migrations themselves insert (the chain's head, the summaries' zone):
     * they do not make a target "not empty", and the source's rows replace them.
     */
    static final java.util.Set<String> PREFILLED_BY_MIGRATIONS = java.util.Set.of("evidence_head", "backup_summary_zone");

    private final Database source;
    private final Database target;

    public WorkspaceMover(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** What was moved: rows per table and the target's verified chain. */
    public record MoveReport(Map<String, Long> rowsPerTable, ChainVerification chain) {
    }

    public MoveReport move() {
        ChainVerification sourceChain = new JdbcEvidenceRepository(source).verify();
        if (!sourceChain.isIntact()) {
            throw new IllegalStateException("the source's evidence chain is broken, not moving it: " + sourceChain.describe());
        }
        Map<String, Long> rows;
        try (Connection from = source.connection(); Connection to = target.connection()) {
            List<String> tables = TableCatalog.tablesInDependencyOrder(from);
            requireEmptyTargetWithSameTables(to, tables);
            rows = copyAll(from, to, tables);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        ChainVerification targetChain = new JdbcEvidenceRepository(target).verify();
        if (!targetChain.isIntact() || !targetChain.headHash().equals(sourceChain.headHash())) {
            throw new IllegalStateException("the moved evidence chain does not match the source: " + targetChain.describe());
        }
        LOGGER.info("Moved workspace {} -> {}: {}", source.describe(), target.describe(), rows);
        return new MoveReport(rows, targetChain);
    }

    private static void requireEmptyTargetWithSameTables(Connection to, List<String> tables) throws SQLException {
        List<String> targetTables = TableCatalog.tablesInDependencyOrder(to);
        for (String table : tables) {
            if (!targetTables.contains(table)) {
                throw new IllegalStateException("the target has no table " + table + ": is it migrated by an older Drillbook?");
            }
            if (!PREFILLED_BY_MIGRATIONS.contains(table) && TableCatalog.count(to, table) > 0) {
                throw new IllegalStateException("the target is not empty (table " + table + " has rows); move only into an empty workspace");
            }
        }
    }

    private static Map<String, Long> copyAll(Connection from, Connection to, List<String> tables) throws SQLException {
        from.setAutoCommit(false);
        to.setAutoCommit(false);
        try {
            for (String prefilled : PREFILLED_BY_MIGRATIONS) {
                try (PreparedStatement clear = to.prepareStatement("DELETE FROM " + prefilled)) {
                    clear.executeUpdate();
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, TableCopy.copy(from, to, table));
                TableCopy.continueIdentities(to, table);
            }
            requireSameCounts(to, rows);
            to.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            from.rollback();
            from.setAutoCommit(true);
            to.setAutoCommit(true);
        }
    }

    private static void requireSameCounts(Connection to, Map<String, Long> copied) throws SQLException {
        for (Map.Entry<String, Long> entry : copied.entrySet()) {
            long stored = TableCatalog.count(to, entry.getKey());
            if (stored != entry.getValue()) {
                throw new IllegalStateException("table " + entry.getKey() + ": copied " + entry.getValue() + " rows but the target holds " + stored);
            }
        }
    }
}
