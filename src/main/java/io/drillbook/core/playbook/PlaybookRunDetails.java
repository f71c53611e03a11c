package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceEvent;

import java.util.List;

/**
 * Everything recorded about one playbook run: the run as journaled, its steps (who, when, state,
 * command, output digest), its timeline in time order, and the evidence events about it (oldest first).
 */
public record PlaybookRunDetails(RunInfo run, List<StepRecord> steps, PlaybookTimeline timeline, List<EvidenceEvent> events) {
    public PlaybookRunDetails {
        steps = List.copyOf(steps);
        events = List.copyOf(events);
    }
}
