package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

/**
 * Where manual checkpoints and approvals wait for a person. The console shows a dialog; the CLI
 * takes {@code --confirm}/{@code --approver} or asks on standard input. Blocks until answered.
 */
public interface PlaybookGate {

    GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel);

    GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel);

    /** Answers no to everything: for runs that must not wait for anyone. */
    PlaybookGate REFUSE = new PlaybookGate() {
        @Override
        public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
            return GateAnswer.no("nobody", "nobody was there to confirm");
        }

        @Override
        public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
            return GateAnswer.no("nobody", "nobody was there to approve");
        }
    };
}
