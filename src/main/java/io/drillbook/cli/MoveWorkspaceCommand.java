package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.team.WorkspaceMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code drillbook move-workspace --to JDBC-URL}: copies this workspace (usually the local H2 file)
 * into an empty shared database, evidence chain verbatim, then verifies it there.
 * Register with {@code root.addSubcommand("move-workspace", new MoveWorkspaceCommand(() -> modules.team().workspaceMove()))}.
 */
@Mutates(Action.MOVE_WORKSPACE)
@Command(name = "move-workspace", mixinStandardHelpOptions = true,
        description = {"Copy everything in this workspace into an empty database (e.g. a shared PostgreSQL server),",
                "evidence chain included, and verify the copy. The source is left as it was."})
public final class MoveWorkspaceCommand implements Callable<Integer> {
    private final Supplier<WorkspaceMove> mover;

    @Option(names = "--to", required = true, paramLabel = "JDBC-URL", description = "The empty target, e.g. jdbc:postgresql://db.internal/drillbook")
    String to;

    @Spec
    CommandSpec spec;

    /** @param mover moves the workspace this command runs on (opened only when it runs) */
    public MoveWorkspaceCommand(Supplier<WorkspaceMove> mover) {
        this.mover = mover;
    }

    @Override
    public Integer call() {
        WorkspaceMove.Moved moved = mover.get().moveTo(to);
        PrintWriter out = spec.commandLine().getOut();
        moved.rowsPerTable().forEach((table, rows) -> out.println("  " + table + ": " + rows + " rows"));
        out.println("moved " + moved.from() + " -> " + moved.to() + "; evidence chain " + moved.chain().describe());
        return ExitCodes.OK;
    }
}
