package io.drillbook.core.team;

import io.drillbook.core.evidence.ChainVerification;

import java.util.Map;

/** Copies this workspace into an empty database (e.g. a shared server), evidence chain verbatim, and verifies the copy. */
public interface WorkspaceMove {
    /** What was moved where: rows per table and the copied chain's verification. */
    record Moved(String from, String to, Map<String, Long> rowsPerTable, ChainVerification chain) {
    }

    /** Moves into the empty database at {@code url} and records {@code workspace.moved} there; the source is left as it was. */
    Moved moveTo(String url);
}
