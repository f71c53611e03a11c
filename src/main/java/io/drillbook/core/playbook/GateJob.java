package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

import java.util.List;
import java.util.Optional;

/** Steps that wait for a person: a manual checkpoint and an approval by a second person. */
final class GateJob {
    private GateJob() {
    }

    /** Instructions a person follows, then confirms; only listed confirmers when the step names some. */
    static final class ManualJob implements PlaybookJob {
        private final PlaybookStep step;
        private final StepAction.Manual action;

        ManualJob(PlaybookStep step, StepAction.Manual action) {
            this.step = step;
            this.action = action;
        }

        @Override
        public Optional<String> cannotRun(JobContext ctx) {
            return Optional.empty();
        }

        @Override
        public String describe(JobContext ctx) {
            return "manual: " + PlaybookVariables.fill(action.instructions(), ctx.masked)
                    + (action.confirmers().isEmpty() ? "" : " (confirmed by one of " + action.confirmers() + ")");
        }

        @Override
        public JobOutcome run(JobContext ctx, CancellationToken cancel) {
            GateAnswer answer = ctx.gate.confirm(ctx.runId, step, action, cancel);
            if (cancel.isCancelled()) {
                return abortedWhileWaiting(answer);
            }
            if (!allowed(action.confirmers(), answer.who())) {
                return JobOutcome.failed(answer.who(), null, null, answer.who() + " may not confirm this step (allowed: "
                        + action.confirmers() + ")");
            }
            return answer.granted() ? JobOutcome.passed(answer.who(), null, null, "confirmed by " + answer.who() + note(answer))
                    : JobOutcome.failed(answer.who(), null, null, "not done: " + answer.note());
        }
    }

    /** A second person approves; the person running the playbook can never approve it. */
    static final class ApprovalJob implements PlaybookJob {
        private final PlaybookStep step;
        private final StepAction.Approval action;

        ApprovalJob(PlaybookStep step, StepAction.Approval action) {
            this.step = step;
            this.action = action;
        }

        @Override
        public Optional<String> cannotRun(JobContext ctx) {
            boolean onlyOperator = action.approvers().size() == 1 && action.approvers().get(0).equalsIgnoreCase(ctx.operator);
            return onlyOperator ? Optional.of("the only approver is " + ctx.operator + ", who runs the playbook")
                    : Optional.empty();
        }

        @Override
        public String describe(JobContext ctx) {
            return "approval by a second person" + (action.approvers().isEmpty() ? "" : " (one of " + action.approvers() + ")")
                    + (action.instructions().isEmpty() ? "" : ": " + PlaybookVariables.fill(action.instructions(), ctx.masked));
        }

        @Override
        public JobOutcome run(JobContext ctx, CancellationToken cancel) {
            GateAnswer answer = ctx.gate.approve(ctx.runId, step, action, cancel);
            if (cancel.isCancelled()) {
                return abortedWhileWaiting(answer);
            }
            if (answer.who().equalsIgnoreCase(ctx.operator)) {
                return JobOutcome.failed(answer.who(), null, null, "approval refused: " + answer.who()
                        + " runs this playbook and cannot also approve it");
            }
            if (!allowed(action.approvers(), answer.who())) {
                return JobOutcome.failed(answer.who(), null, null, "approval refused: " + answer.who()
                        + " is not one of the approvers " + action.approvers());
            }
            return answer.granted() ? JobOutcome.passed(answer.who(), null, null, "approved by " + answer.who() + note(answer))
                    : JobOutcome.failed(answer.who(), null, null, "not approved by " + answer.who() + note(answer));
        }
    }

    private static boolean allowed(List<String> names, String who) {
        return names.isEmpty() || names.stream().anyMatch(n -> n.equalsIgnoreCase(who));
    }

    private static String note(GateAnswer answer) {
        return answer.note().isEmpty() ? "" : ": " + answer.note();
    }

    /** The run was aborted while the step waited: nobody declined it, so it is cancelled, not failed. */
    private static JobOutcome abortedWhileWaiting(GateAnswer answer) {
        return JobOutcome.cancelled(answer.who(), null, "not answered: the run was aborted while this step waited");
    }
}
