package io.drillbook.core.report;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns drill summaries and their {@code drill.*} events into report entries judged by the policy in force. */
final class DrillSection {
    private final List<Policy> policies;

    DrillSection(List<Policy> policies) {
        this.policies = policies.stream().sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
    }

    List<DrillEntry> entries(List<DrillSummary> summaries, List<EventFields> events) {
        Map<String, List<EventFields>> byRun = events.stream()
                .filter(f -> f.event().kind().startsWith("drill.") && !f.text("runId").isEmpty())
                .collect(Collectors.groupingBy(f -> f.text("runId"), TreeMap::new, Collectors.toList()));
        List<DrillEntry> out = new ArrayList<>();
        for (DrillSummary d : summaries) {
            out.add(entry(d, byRun.getOrDefault(d.runId(), List.of())));
        }
        out.sort(Comparator.comparing(DrillEntry::startedAt).thenComparing(DrillEntry::runId));
        return out;
    }

    private DrillEntry entry(DrillSummary d, List<EventFields> runEvents) {
        Policy policy = policyFor(d);
        List<RunStep> steps = runEvents.stream().filter(f -> isStep(f.event().kind())).map(EventFields::asStep).toList();
        List<GapEntry> gaps = runEvents.stream().filter(f -> f.event().kind().endsWith(".gap")).map(EventFields::asGap).toList();
        Duration rpo = policy == null ? null : policy.rpo();
        Duration rto = policy == null ? null : policy.rto();
        return new DrillEntry(d.runId(), d.target().system(), d.target().environment(), nz(d.plan()), nz(d.backupId()),
                d.startedAt(), d.finishedAt(), d.result().name(), nz(d.operator()), d.achievedRpo(), rpo,
                d.recoveryTime(), d.automated(), d.manual(), rto, verdict(d.achievedRpo(), rpo),
                verdict(d.recoveryTime(), rto), steps, gaps);
    }

    private static boolean isStep(String kind) {
        return kind.startsWith("drill.step") || kind.startsWith("drill.check") || kind.startsWith("drill.manual");
    }

    static String verdict(Duration achieved, Duration target) {
        if (achieved == null || target == null) {
            return "unknown";
        }
        return achieved.compareTo(target) <= 0 ? "met" : "missed";
    }

    private Policy policyFor(DrillSummary d) {
        Policy inForce = null;
        for (Policy p : policies) {
            if (p.target().equals(d.target()) && !p.effectiveFrom().atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant().isAfter(d.startedAt())) {
                inForce = p;
            }
        }
        return inForce;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
