package io.drillbook.core.playbook;

import java.time.Instant;
import java.util.Optional;

/** Approvals given from another console or pipeline to a run that waits for them. */
public interface ApprovalInbox {

    /** Stores an answer; the waiting run picks it up. */
    void give(String runId, String step, GateAnswer answer, Instant at);

    /** The first answer for {@code step} of {@code runId} given at or after {@code since}. */
    Optional<GateAnswer> answerSince(String runId, String step, Instant since);
}
