package io.drillbook.core.report;

import java.time.Instant;

/**
 * One line of a run's timeline: a drill step or check, a playbook step's state change.
 *
 * @param name   the step or check named in the payload, or the event's kind when it names none
 * @param state  state, result or exit status from the payload, empty when none
 * @param detail expected/actual values, output digest or message, empty when none
 */
public record RunStep(String runId, long seq, Instant time, String actor, String kind, String name,
                      String state, String detail) {
}
