package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

import java.util.Optional;

/** A {@code wait} step. */
final class WaitJob implements PlaybookJob {
    private final StepAction.Wait action;

    WaitJob(StepAction.Wait action) {
        this.action = action;
    }

    @Override
    public Optional<String> cannotRun(JobContext ctx) {
        return Optional.empty();
    }

    @Override
    public String describe(JobContext ctx) {
        return "wait " + action.duration();
    }

    @Override
    public JobOutcome run(JobContext ctx, CancellationToken cancel) {
        ctx.connections.sleeper().sleep(action.duration(), cancel);
        return JobOutcome.passed(ctx.operator, describe(ctx), null, "waited " + action.duration());
    }
}
