package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.ports.DrillRunRepository;
import io.drillbook.core.ports.EvidenceRepository;
import io.drillbook.core.ports.WorkspaceRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Assembles an {@link AuditReport} from what the stores hold: drill summaries, the evidence of the
 * period and the compliance source. Pure: the generation time and operator are passed in.
 */
public final class ReportBuilder {
    private final EvidenceRepository evidence;
    private final DrillRunRepository drills;
    private final WorkspaceRepository workspace;
    private final ComplianceSource compliance;

    public ReportBuilder(EvidenceRepository evidence, DrillRunRepository drills, WorkspaceRepository workspace,
                         ComplianceSource compliance) {
        this.evidence = evidence;
        this.drills = drills;
        this.workspace = workspace;
        this.compliance = compliance;
    }

    public AuditReport build(ReportScope scope, Instant generatedAt, String operator) {
        List<EvidenceEvent> period = eventsOf(scope);
        List<EventFields> inScope = period.stream().map(EventFields::new).filter(f -> f.inScope(scope)).toList();
        List<EvidenceEvent> scopedEvents = inScope.stream().map(EventFields::event).toList();
        List<GapEntry> gaps = ofKind(inScope, k -> k.endsWith(".gap")).stream().map(EventFields::asGap).toList();
        return new AuditReport(cover(scope, period, scopedEvents.size(), generatedAt, operator),
                compliance.breachDays(scope),
                new DrillSection(workspace.policies()).entries(drillsIn(scope), inScope),
                PlaybookSection.runs(ofKind(inScope, k -> k.startsWith("playbook."))),
                gates(inScope, "gate.decision"), gates(inScope, "gate.waived"),
                openGaps(gaps, inScope), scopedEvents);
    }

    /** Every event recorded in the period, in chain order. */
    public List<EvidenceEvent> eventsOf(ReportScope scope) {
        List<EvidenceEvent> found = new ArrayList<>(evidence.find(
                new EvidenceQuery(scope.start(), scope.end(), null, null, null, null, Integer.MAX_VALUE)));
        found.sort(Comparator.comparingLong(EvidenceEvent::seq));
        return found;
    }

    private CoverFacts cover(ReportScope scope, List<EvidenceEvent> period, int inScope, Instant generatedAt, String operator) {
        EvidenceEvent head = evidence.head().orElse(null);
        long firstSeq = period.isEmpty() ? 0 : period.get(0).seq();
        long lastSeq = period.isEmpty() ? 0 : period.get(period.size() - 1).seq();
        return new CoverFacts("Evidence report " + scope.period(), scope.from().toString(), scope.to().toString(),
                List.copyOf(scope.systems()).stream().sorted().toList(),
                List.copyOf(scope.environments()).stream().sorted().toList(), generatedAt, operator,
                head == null ? 0 : head.seq(), head == null ? EvidenceHashing.GENESIS : head.hash(),
                firstSeq, lastSeq, period.isEmpty() ? "" : anchorOf(period.get(0)), inScope);
    }

    /** The hash of the event before {@code first}: stored, or (when pruned) the link {@code first} carries. */
    public String anchorOf(EvidenceEvent first) {
        if (first.seq() == 1) {
            return EvidenceHashing.GENESIS;
        }
        return evidence.bySeq(first.seq() - 1).map(EvidenceEvent::hash).orElse(first.prevHash());
    }

    private List<io.drillbook.core.model.DrillSummary> drillsIn(ReportScope scope) {
        return drills.recent(Integer.MAX_VALUE).stream()
                .filter(d -> scope.covers(d.startedAt()) && scope.includes(d.target()))
                .toList();
    }

    private static List<EventFields> ofKind(List<EventFields> events, java.util.function.Predicate<String> kind) {
        return events.stream().filter(f -> kind.test(f.event().kind())).toList();
    }

    private static List<GateEntry> gates(List<EventFields> events, String kind) {
        return ofKind(events, kind::equals).stream().map(EventFields::asGate).toList();
    }

    /** Gaps not closed by a later {@code *.gap.closed} event naming the gap's event number. */
    private static List<GapEntry> openGaps(List<GapEntry> gaps, List<EventFields> events) {
        Set<String> closed = new java.util.TreeSet<>();
        ofKind(events, k -> k.endsWith(".gap.closed")).forEach(f -> closed.add(f.text("gapSeq")));
        return gaps.stream().filter(g -> !closed.contains(Long.toString(g.seq()))).toList();
    }
}
