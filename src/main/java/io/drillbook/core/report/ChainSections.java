package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a report that follow from the period's evidence events alone: drills with their steps
 * and gaps, playbook runs with their timelines, gate decisions, waivers, gaps and the events in
 * scope. Pure, so a bundle's verifier rebuilds exactly what the report says from its chain segment.
 */
public record ChainSections(List<EvidenceEvent> period, List<DrillEntry> drills, List<PlaybookRunEntry> playbookRuns,
                            List<GateEntry> gateDecisions, List<GateEntry> waivers, List<GapEntry> gaps,
                            List<EvidenceEvent> events) {

    public static ChainSections read(List<EvidenceEvent> periodEvents, ReportScope scope, Instant asOf) {
        List<EventFields> period = periodEvents.stream()
                .filter(e -> scope.covers(e.time()))
                .sorted(Comparator.comparingLong(EvidenceEvent::seq))
                .map(EventFields::new).toList();
        Map<String, String> runTargets = runTargets(period);
        List<EventFields> inScope = period.stream().filter(f -> inScope(f, runTargets, scope)).toList();
        List<GapEntry> gaps = GapSection.gaps(inScope, runTargets, asOf);
        List<DrillEntry> drills = DrillSection.entries(inScope, gaps);
        return new ChainSections(period.stream().map(EventFields::event).toList(), drills,
                PlaybookSection.runs(inScope), GateSection.of(inScope, "gate.decision"), GateSection.of(inScope, "gate.waived"),
                gaps, inScope.stream().map(EventFields::event).toList());
    }

    /** Run id to "system/environment", from the events that start a drill or carry a playbook run's target. */
    private static Map<String, String> runTargets(List<EventFields> events) {
        Map<String, String> targets = new HashMap<>();
        for (EventFields f : events) {
            boolean run = f.kind().startsWith("drill.") || f.kind().startsWith("playbook.");
            String target = f.target();
            if (run && !target.isEmpty() && !target.equals(f.event().subject())) {
                targets.putIfAbsent(f.event().subject(), target);
            }
        }
        return targets;
    }

    static String targetOf(EventFields f, Map<String, String> runTargets) {
        String own = f.target();
        return !own.isEmpty() ? own : runTargets.getOrDefault(f.event().subject(), "");
    }

    private static boolean inScope(EventFields f, Map<String, String> runTargets, ReportScope scope) {
        if (!scope.isFiltered()) {
            return true;
        }
        String target = targetOf(f, runTargets);
        if (target.isEmpty()) {
            return scope.includes(null, null);
        }
        String[] parts = target.split("/", 2);
        return scope.includes(parts[0], parts[1]);
    }

    static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> out = new ArrayList<>(list);
        out.sort(order);
        return out;
    }
}
