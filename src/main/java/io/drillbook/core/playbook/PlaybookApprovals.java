package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Approving (or refusing) a step of a playbook run that waits in another console or pipeline, as
 * the approver's own identity: never the person who runs the playbook, only a listed approver when
 * the step names some, and only while the step waits. The answer and its evidence commit together.
 */
public final class PlaybookApprovals {
    private final PlaybookJournal journal;
    private final ApprovalInbox inbox;
    private final EvidenceLog evidence;
    private final Authorizer access;
    private final Transactions transactions;
    private final Clock clock;

    public PlaybookApprovals(PlaybookJournal journal, ApprovalInbox inbox, EvidenceLog evidence, Authorizer access,
                             Transactions transactions, Clock clock) {
        this.journal = journal;
        this.inbox = inbox;
        this.evidence = evidence;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param who the approver's identity (on a shared server their authenticated login) */
    public void answer(String runId, String stepName, String who, boolean granted, String note) {
        access.require(who, Action.APPROVE_STEPS);
        RunInfo run = journal.run(runId).orElseThrow(() -> new IllegalArgumentException("no playbook run " + runId));
        StepRecord step = journal.steps(runId).stream().filter(s -> s.name().equals(stepName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("run " + runId + " has no step named '" + stepName + "'"));
        if (!"approval".equals(step.kind())) {
            throw new IllegalArgumentException("step '" + stepName + "' of run " + runId + " is a " + step.kind() + " step, not an approval");
        }
        if (run.status() != RunStatus.RUNNING || step.state() != StepState.RUNNING) {
            throw new IllegalStateException("step '" + stepName + "' of run " + runId + " is not waiting for approval (run "
                    + run.status() + ", step " + step.state() + ")");
        }
        if (who.equalsIgnoreCase(run.operator())) {
            throw new IllegalArgumentException(who + " runs this playbook and cannot also approve it; a second person must");
        }
        GateAnswer answer = granted ? new GateAnswer(who, true, note) : GateAnswer.no(who, note == null || note.isBlank()
                ? "refused" : note);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("step", stepName);
        payload.put("approver", who);
        payload.put("granted", granted);
        payload.put("note", answer.note());
        evidence.commit(() -> inbox.give(runId, stepName, answer, clock.instant()),
                io.drillbook.core.evidence.EvidenceLog.Entry.as(who, "playbook.approval.given", runId, payload));
    }
}
