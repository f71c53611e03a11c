package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.GateAnswer;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A manual checkpoint or approval the run waits for: what to show, and the answer the waiting
 * run thread is blocked on.
 *
 * @param approval true for an approval by a second person, false for a manual checkpoint
 * @param allowed  the names allowed to answer; empty for anyone (approvals: anyone but the operator)
 */
record GateQuestion(String step, boolean approval, String instructions, List<String> allowed,
                    CompletableFuture<GateAnswer> answer) {

    String verb() {
        return approval ? "Approve" : "Confirm done";
    }
}
