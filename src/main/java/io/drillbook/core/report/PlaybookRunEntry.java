package io.drillbook.core.report;

import java.time.Instant;
import java.util.List;

/**
 * One playbook run, rebuilt from the events of its run id: the status its last state change
 * carries (COMPLETED, FAILED, ABORTED, PAUSED, RUNNING, INTERRUPTED), every step's final state and
 * the timeline of every event in order. Saves and dry-runs of a playbook are not runs.
 */
public record PlaybookRunEntry(String runId, String playbook, String system, String environment, String operator,
                               Instant startedAt, Instant endedAt, String status, List<PlaybookStepEntry> steps,
                               List<TimelineLine> timeline) {
    public PlaybookRunEntry {
        steps = List.copyOf(steps);
        timeline = List.copyOf(timeline);
    }
}
