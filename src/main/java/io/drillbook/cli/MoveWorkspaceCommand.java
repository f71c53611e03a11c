package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.team.WorkspaceMover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code drillbook move-workspace --to JDBC-URL}: copies this workspace (usually the local H2 file)
 * into an empty shared database, evidence chain verbatim, then verifies it there.
 * Register with {@code root.addSubcommand("move-workspace", new MoveWorkspaceCommand(source, Database::open, operator, clock))}.
 */
@Mutates(Action.MOVE_WORKSPACE)
@Command(name = "move-workspace", mixinStandardHelpOptions = true,
        description = {"Copy everything in this workspace into an empty database (e.g. a shared PostgreSQL server),",
                "evidence chain included, and verify the copy. The source is left as it was."})
public final class MoveWorkspaceCommand implements Callable<Integer> {
    private final Supplier<Database> source;
    private final Function<String, Database> opener;
    private final Supplier<String> operator;
    private final Clock clock;

    @Option(names = "--to", required = true, paramLabel = "JDBC-URL", description = "The empty target, e.g. jdbc:postgresql://db.internal/drillbook")
    String to;

    @Spec
    CommandSpec spec;

    /**
     * @param source   the workspace this command runs on (opened only when it runs)
     * @param opener   opens and migrates the target, normally {@code Database::open}
     * @param operator who moves it (the evidence actor)
     */
    public MoveWorkspaceCommand(Supplier<Database> source, Function<String, Database> opener, Supplier<String> operator, Clock clock) {
        this.source = source;
        this.opener = opener;
        this.operator = operator;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Database from = source.get();
        try (Database target = opener.apply(to)) {
            WorkspaceMover.MoveReport report = new WorkspaceMover(from, target).move();
            PrintWriter out = spec.commandLine().getOut();
            report.rowsPerTable().forEach((table, rows) -> out.println("  " + table + ": " + rows + " rows"));
            new EvidenceLog(new JdbcEvidenceRepository(target), clock, operator).record("workspace.moved", target.describe(),
                    Map.of("from", from.describe(), "events", report.chain().checked()));
            out.println("moved " + from.describe() + " -> " + target.describe() + "; evidence chain " + report.chain().describe());
            return ExitCodes.OK;
        }
    }
}
