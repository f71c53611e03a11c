package io.drillbook.core.report;

import java.time.Instant;

/** The final state of one playbook step: who did it, when, and what came of it. */
public record PlaybookStepEntry(String runId, int index, String name, String kind, String state, String actor,
                                Instant startedAt, Instant finishedAt, String message, long seq) {
}
