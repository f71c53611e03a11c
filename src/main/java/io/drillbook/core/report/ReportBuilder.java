package io.drillbook.core.report;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.evidence.EvidenceRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assembles an {@link AuditReport} from the evidence of the period and the compliance source. The
 * report's time is the chain head's time unless an explicit as-of is given, never the wall clock,
 * so the same evidence and options give the same report. The whole chain is verified first and the
 * cover says whether it held.
 */
public final class ReportBuilder {
    private final EvidenceRepository evidence;
    private final ComplianceSource compliance;

    public ReportBuilder(EvidenceRepository evidence, ComplianceSource compliance) {
        this.evidence = evidence;
        this.compliance = compliance;
    }

    public AuditReport build(ReportScope scope, Optional<Instant> asOf, String operator) {
        return build(scope, asOf, operator, eventsOf(scope));
    }

    /** The report of {@code periodEvents} (e.g. exactly the segment an archive bundle holds). */
    public AuditReport build(ReportScope scope, Optional<Instant> asOf, String operator, List<EvidenceEvent> periodEvents) {
        Optional<EvidenceEvent> head = evidence.head();
        Instant at = asOf.orElseGet(() -> head.map(EvidenceEvent::time).orElse(scope.start()));
        ChainVerification chain = evidence.verify();
        CoverFacts cover = new CoverFacts("Restore and recovery evidence report", scope.from().toString(), scope.to().toString(),
                scope.systems().stream().sorted().toList(), scope.environments().stream().sorted().toList(),
                EvidenceHashing.normalise(at), operator, compliance.zone(), head.map(EvidenceEvent::seq).orElse(0L),
                head.map(EvidenceEvent::hash).orElse(EvidenceHashing.GENESIS), head.map(EvidenceEvent::time).orElse(null),
                0, 0, "", 0, chain.isIntact(), chain.checked(), chain.isIntact() ? "" : chain.problem());
        return AuditReport.assemble(cover, compliance.lines(scope, at), periodEvents);
    }

    /** Every event recorded in the period, in chain order. */
    public List<EvidenceEvent> eventsOf(ReportScope scope) {
        List<EvidenceEvent> found = new ArrayList<>(evidence.find(
                new EvidenceQuery(scope.start(), scope.end(), null, null, null, null, Integer.MAX_VALUE)));
        found.sort(Comparator.comparingLong(EvidenceEvent::seq));
        return found;
    }

    /** The hash of the event before {@code first}: stored, or (when pruned) the link {@code first} carries. */
    public String anchorOf(EvidenceEvent first) {
        if (first.seq() == 1) {
            return EvidenceHashing.GENESIS;
        }
        return evidence.bySeq(first.seq() - 1).map(EvidenceEvent::hash).orElse(first.prevHash());
    }
}
