package io.drillbook.core.report;

import java.time.Instant;

/**
 * A gap found by a drill (or playbook run): something that needed a hand or a fix, with owner, due
 * date and where it stands as of the report.
 *
 * @param status   OPEN, IN_PROGRESS or CLOSED, from the latest {@code .gap.progress}/{@code .gap.closed} event
 * @param statusBy who last changed the status (empty while open)
 * @param overdue  not closed and its due date has passed as of the report
 */
public record GapEntry(long seq, Instant recordedAt, String runId, String system, String environment,
                       String description, String owner, String due, String status, String statusBy,
                       Instant statusAt, String note, boolean overdue) {

    public boolean open() {
        return !"CLOSED".equals(status);
    }
}
