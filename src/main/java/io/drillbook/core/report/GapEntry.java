package io.drillbook.core.report;

import java.time.Instant;

/** A gap found by a drill (or playbook run): something that needed a hand or a fix, with owner and due date. */
public record GapEntry(long seq, Instant recordedAt, String runId, String subject, String description,
                       String owner, String due) {
}
