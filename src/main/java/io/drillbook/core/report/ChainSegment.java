package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceEvent;

import java.util.List;

/**
 * A contiguous run of the evidence chain, events {@code firstSeq..lastSeq}, and the hash of the
 * event before it ({@code anchorHash}), from which a verifier can check it on its own.
 */
public record ChainSegment(long firstSeq, long lastSeq, String anchorHash, String lastHash, List<EvidenceEvent> events) {
    public ChainSegment {
        events = List.copyOf(events);
    }

    public static ChainSegment of(String anchorHash, List<EvidenceEvent> events) {
        if (events.isEmpty()) {
            return new ChainSegment(0, 0, anchorHash, anchorHash, events);
        }
        return new ChainSegment(events.get(0).seq(), events.get(events.size() - 1).seq(), anchorHash,
                events.get(events.size() - 1).hash(), events);
    }
}
