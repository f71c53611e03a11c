package io.drillbook.testing.fakes;

import io.drillbook.core.playbook.ApprovalInbox;
import io.drillbook.core.playbook.GateAnswer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Approvals in the order they were given. */
public final class InMemoryApprovalInbox implements ApprovalInbox {
    private final List<Given> answers = new ArrayList<>();

    private record Given(String runId, String step, GateAnswer answer, Instant at) {
    }

    @Override
    public synchronized void give(String runId, String step, GateAnswer answer, Instant at) {
        String note = answer.note().length() > 1000 ? answer.note().substring(0, 1000) : answer.note();
        answers.add(new Given(runId, step, new GateAnswer(answer.who(), answer.granted(), note), at));
    }

    @Override
    public synchronized Optional<GateAnswer> answerSince(String runId, String step, Instant since) {
        return answers.stream().filter(g -> g.runId().equals(runId) && g.step().equals(step) && !g.at().isBefore(since))
                .map(Given::answer).findFirst();
    }
}
