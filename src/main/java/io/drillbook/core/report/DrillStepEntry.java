package io.drillbook.core.report;

import java.time.Instant;

/**
 * The final state of one step, check or cleanup step of a drill, from its {@code drill.step} events.
 *
 * @param kind        STEP, CHECK or CLEANUP; MANUAL for a step a person confirmed
 * @param exitStatus  the command's exit status, empty when none ran
 * @param expected    a check's expected value, empty otherwise
 * @param actual      a check's actual value, empty otherwise
 * @param confirmedBy who confirmed a manual step, empty otherwise
 * @param message     why it failed, was skipped or cancelled, or a manual step's note
 * @param seq         the event that recorded this final state
 */
public record DrillStepEntry(String runId, int index, String kind, String name, String state, String command,
                             String exitStatus, String expected, String actual, String confirmedBy,
                             Instant confirmedAt, Instant startedAt, Instant finishedAt, String message, long seq) {
}
