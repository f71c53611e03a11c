package io.drillbook.core.report;

import java.time.Instant;
import java.util.List;

/**
 * The facts on a report's cover. {@code asOf} is the report's generation time: the chain head's
 * time or an explicit {@code --as-of}, never the wall clock, so the same evidence gives the same
 * bytes. The chain segment {@code firstSeq..lastSeq} holds every event of the period;
 * {@code anchorHash} is the hash of the event just before it; {@code headSeq}/{@code headHash}
 * the chain's newest event as of the report.
 *
 * @param chainVerified  whether the whole chain (of {@code chainEvents} events) verified when the report was made
 * @param chainProblem   what broke it, empty when it verified
 * @param complianceZone the time zone whose calendar days compliance was judged in
 */
public record CoverFacts(String title, String from, String to, List<String> systems, List<String> environments,
                         Instant asOf, String operator, String complianceZone, long headSeq, String headHash,
                         Instant headTime, long firstSeq, long lastSeq, String anchorHash, long eventsInScope,
                         boolean chainVerified, long chainEvents, String chainProblem) {
    public CoverFacts {
        systems = List.copyOf(systems);
        environments = List.copyOf(environments);
    }

    public CoverFacts withSegment(long first, long last, String anchor, long inScope) {
        return new CoverFacts(title, from, to, systems, environments, asOf, operator, complianceZone, headSeq, headHash,
                headTime, first, last, anchor, inScope, chainVerified, chainEvents, chainProblem);
    }

    public ReportScope scope() {
        return new ReportScope(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to),
                new java.util.TreeSet<>(systems), new java.util.TreeSet<>(environments));
    }
}
