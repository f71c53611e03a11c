package io.drillbook.core.playbook;

import io.drillbook.core.work.CancellationToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A gate for a shared workspace: approvals are never a name typed here, they are read from the
 * {@link ApprovalInbox}, where the approver put them under their own login. Manual checkpoints
 * go to {@code manual} as before (the operator confirms their own work).
 */
public final class StoredApprovalGate implements PlaybookGate {
    private final PlaybookGate manual;
    private final ApprovalInbox inbox;
    private final Clock clock;
    private final Duration poll;
    private final BiConsumer<String, PlaybookStep> waiting;

    /** @param waiting told once per approval that it waits (to say how to approve it) */
    public StoredApprovalGate(PlaybookGate manual, ApprovalInbox inbox, Clock clock, Duration poll,
                              BiConsumer<String, PlaybookStep> waiting) {
        this.manual = manual;
        this.inbox = inbox;
        this.clock = clock;
        this.poll = poll;
        this.waiting = waiting;
    }

    @Override
    public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual action, CancellationToken cancel) {
        return manual.confirm(runId, step, action, cancel);
    }

    @Override
    public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
        Instant since = clock.instant().minusSeconds(1);
        waiting.accept(runId, step);
        while (!cancel.isCancelled()) {
            Optional<GateAnswer> answer = inbox.answerSince(runId, step.name(), since);
            if (answer.isPresent()) {
                return answer.get();
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return GateAnswer.no("nobody", "interrupted while waiting for approval");
            }
        }
        return GateAnswer.no("nobody", "the run was aborted while waiting for approval");
    }
}
