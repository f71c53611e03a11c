package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

import java.util.Optional;

/** One step's work, shaped like an editor's Job: can it run, describe it, run it. */
interface PlaybookJob {

    /** Empty when it can run; else what stands in the way (unknown profile, bad placeholder). Runs nothing. */
    Optional<String> cannotRun(JobContext ctx);

    /** What it will do, parameters filled in, secrets masked. */
    String describe(JobContext ctx);

    /** Runs one attempt. Throws {@link CancellationToken.CancelledException} when cancelled while waiting. */
    JobOutcome run(JobContext ctx, CancellationToken cancel);

    static PlaybookJob of(PlaybookStep step) {
        StepAction a = step.action();
        if (a instanceof StepAction.Run r) {
            return new CommandJob(step.name(), r);
        } else if (a instanceof StepAction.Verify v) {
            return new VerifyJob(step.name(), v);
        } else if (a instanceof StepAction.Storage s) {
            return new StorageJob(s);
        } else if (a instanceof StepAction.Manual m) {
            return new GateJob.ManualJob(step, m);
        } else if (a instanceof StepAction.Approval ap) {
            return new GateJob.ApprovalJob(step, ap);
        } else if (a instanceof StepAction.Wait w) {
            return new WaitJob(w);
        }
        return new DrillJob((StepAction.Drill) a);
    }
}
