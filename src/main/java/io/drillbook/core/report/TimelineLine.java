package io.drillbook.core.report;

import java.time.Instant;

/**
 * One event of a playbook run's timeline.
 *
 * @param step  the step it concerns, empty for events of the whole run
 * @param state the step's state or the run's status after the event
 */
public record TimelineLine(String runId, long seq, Instant time, String actor, String kind, String step, String state,
                           String detail) {
}
