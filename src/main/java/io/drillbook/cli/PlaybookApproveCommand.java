package io.drillbook.cli;

import io.drillbook.core.playbook.PlaybookApprovals;
import io.drillbook.core.team.Action;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code playbook approve RUN STEP [--refuse] [--note TEXT]}: approves a step of a playbook run that
 * waits in another console or pipeline, as the operator's own identity (on a shared server, their
 * database login). Exit 0 recorded, 2 refused or not waiting.
 */
@Mutates(Action.APPROVE_STEPS)
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve (or --refuse) a waiting approval step of a playbook run, as yourself.")
public final class PlaybookApproveCommand implements Callable<Integer> {
    private final Supplier<PlaybookApprovals> approvals;
    private final Supplier<String> operator;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id (printed by playbook run).")
    String runId;
    @Parameters(index = "1", paramLabel = "STEP", description = "The approval step's name.")
    String step;
    @Option(names = "--refuse", description = "Refuse instead of approving.")
    boolean refuse;
    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the answer.")
    String note = "";
    @Spec
    CommandSpec spec;

    public PlaybookApproveCommand(Supplier<PlaybookApprovals> approvals, Supplier<String> operator) {
        this.approvals = approvals;
        this.operator = operator;
    }

    @Override
    public Integer call() {
        String who = operator.get();
        approvals.get().answer(runId, step, who, !refuse, note);
        spec.commandLine().getOut().println((refuse ? "refused" : "approved") + " '" + step + "' of " + runId + " as " + who);
        return ExitCodes.OK;
    }
}
