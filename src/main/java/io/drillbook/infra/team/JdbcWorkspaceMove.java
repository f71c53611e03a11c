package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.team.WorkspaceMove;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link WorkspaceMove} between two JDBC stores: the {@link WorkspaceMover} copy, then the move recorded in the target's chain. */
public final class JdbcWorkspaceMove implements WorkspaceMove {
    private final Supplier<Database> source;
    private final Function<String, Database> opener;
    private final Supplier<String> operator;
    private final Clock clock;

    /** @param opener opens and migrates the target, normally {@code Database::open} */
    public JdbcWorkspaceMove(Supplier<Database> source, Function<String, Database> opener, Supplier<String> operator, Clock clock) {
        this.source = source;
        this.opener = opener;
        this.operator = operator;
        this.clock = clock;
    }

    @Override
    public Moved moveTo(String url) {
        Database from = source.get();
        try (Database target = opener.apply(url)) {
            WorkspaceMover.MoveReport report = new WorkspaceMover(from, target).move();
            new EvidenceLog(new JdbcEvidenceRepository(target), clock, operator).record("workspace.moved", target.describe(),
                    Map.of("from", from.describe(), "events", report.chain().checked()));
            return new Moved(from.describe(), target.describe(), report.rowsPerTable(), report.chain());
        }
    }
}
