package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.DrillSummary;

import java.util.List;
import java.util.Optional;

/**
 * Everything recorded about one drill run: its summary, every step and check as last journaled
 * (commands redacted, output digests, expected and actual values), the gaps recorded for it, the
 * evidence events about it (oldest first), and what it may have left behind if not cleaned up.
 */
public record DrillRunDetails(DrillSummary summary, List<StepOutcome> steps, List<EvidenceEvent> gaps,
                              List<EvidenceEvent> events, Optional<Leftovers> leftovers) {
    public DrillRunDetails {
        steps = List.copyOf(steps);
        gaps = List.copyOf(gaps);
        events = List.copyOf(events);
    }
}
