package io.drillbook.core.report;

import java.time.Instant;
import java.util.List;

/** One playbook run, rebuilt from its {@code playbook.*} events, with its timeline in order. */
public record PlaybookRunEntry(String runId, String playbook, String subject, Instant startedAt, Instant endedAt,
                               String result, List<RunStep> timeline) {
    public PlaybookRunEntry {
        timeline = List.copyOf(timeline);
    }
}
