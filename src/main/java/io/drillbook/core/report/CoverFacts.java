package io.drillbook.core.report;

import java.time.Instant;
import java.util.List;

/**
 * The facts on a report's cover. The chain segment {@code firstSeq..lastSeq} holds every event of
 * the period; {@code anchorHash} is the hash of the event just before it (the genesis hash when
 * the segment starts the chain), {@code headHash} the hash of the chain's newest event when the
 * report was made.
 */
public record CoverFacts(String title, String from, String to, List<String> systems, List<String> environments,
                         Instant generatedAt, String operator, long headSeq, String headHash,
                         long firstSeq, long lastSeq, String anchorHash, long eventsInScope) {
    public CoverFacts {
        systems = List.copyOf(systems);
        environments = List.copyOf(environments);
    }
}
