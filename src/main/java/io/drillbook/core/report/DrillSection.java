package io.drillbook.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drills rebuilt from their events (subject = run id): {@code drill.started} (plan, target, backup,
 * operator), {@code drill.step} (every state change of every step; the last one per step is its
 * final state), {@code drill.finished} (result, achieved RPO, recovery time, targets, verdicts) or
 * {@code drill.interrupted}, and the run's gaps.
 */
final class DrillSection {
    static final String NOT_DEMONSTRATED = "not demonstrated";

    private DrillSection() {
    }

    static List<DrillEntry> entries(List<EventFields> events, List<GapEntry> gaps) {
        Map<String, List<EventFields>> byRun = new LinkedHashMap<>();
        for (EventFields f : events) {
            if (f.kind().equals("drill.started")) {
                byRun.put(f.event().subject(), new ArrayList<>());
            }
        }
        for (EventFields f : events) {
            List<EventFields> run = byRun.get(f.event().subject());
            if (run != null && f.kind().startsWith("drill.")) {
                run.add(f);
            }
        }
        List<DrillEntry> out = new ArrayList<>();
        byRun.forEach((runId, runEvents) -> out.add(entry(runId, runEvents,
                gaps.stream().filter(g -> g.runId().equals(runId)).toList())));
        out.sort(Comparator.comparing(DrillEntry::startedAt).thenComparing(DrillEntry::runId));
        return out;
    }

    private static DrillEntry entry(String runId, List<EventFields> events, List<GapEntry> gaps) {
        EventFields started = events.get(0);
        EventFields end = null;
        for (EventFields f : events) {
            if (f.kind().equals("drill.finished") || f.kind().equals("drill.interrupted")) {
                end = f;
            }
        }
        String status = end == null ? "RUNNING" : end.kind().equals("drill.interrupted") ? "INTERRUPTED"
                : end.text("result").toUpperCase(Locale.ROOT);
        Instant startedAt = started.event().time();
        Instant backupDone = EventFields.instant(started.text("backupCompletedAt"));
        Duration age = end != null && end.seconds("achievedRpoSeconds") != null ? end.seconds("achievedRpoSeconds")
                : backupDone == null ? null : Duration.between(backupDone, startedAt);
        Duration rpoTarget = end == null ? null : end.seconds("rpoTargetSeconds");
        Duration rtoTarget = end == null ? null : end.seconds("rtoTargetSeconds");
        Duration recovery = end == null ? null : end.seconds("recoverySeconds");
        boolean passed = "PASSED".equals(status);
        return new DrillEntry(runId, started.text("system"), started.text("environment"), started.text("plan"),
                started.text("operator").isEmpty() ? started.event().actor() : started.text("operator"),
                started.text("backupId"), started.text("backupSource"), backupDone, startedAt,
                end == null ? null : end.event().time(), status, age, rpoTarget,
                verdict(passed, age, rpoTarget, end == null ? "" : end.text("rpoVerdict")),
                recovery, end == null ? null : end.seconds("automatedSeconds"), end == null ? null : end.seconds("manualSeconds"),
                rtoTarget, verdict(passed, recovery, rtoTarget, end == null ? "" : end.text("rtoVerdict")),
                steps(runId, events), gaps);
    }

    /**
     * met only for a passed drill within target; a drill that did not pass demonstrates nothing,
     * whatever its evidence says. A verdict the evidence records is preferred otherwise.
     */
    static String verdict(boolean passed, Duration achieved, Duration target, String recorded) {
        if (target == null) {
            return "no policy";
        }
        if (!passed) {
            return NOT_DEMONSTRATED;
        }
        String said = recorded.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (List.of("met", "missed", "not demonstrated").contains(said)) {
            return said;
        }
        if (achieved == null) {
            return NOT_DEMONSTRATED;
        }
        return achieved.compareTo(target) <= 0 ? "met" : "missed";
    }

    private static List<DrillStepEntry> steps(String runId, List<EventFields> events) {
        Map<Integer, List<EventFields>> byIndex = new TreeMap<>();
        for (EventFields f : events) {
            if (f.kind().equals("drill.step")) {
                byIndex.computeIfAbsent(f.integer("index", byIndex.size()), k -> new ArrayList<>()).add(f);
            }
        }
        List<DrillStepEntry> out = new ArrayList<>();
        byIndex.forEach((index, changes) -> out.add(step(runId, index, changes)));
        return out;
    }

    private static DrillStepEntry step(String runId, int index, List<EventFields> changes) {
        EventFields last = changes.get(changes.size() - 1);
        Instant startedAt = null;
        for (EventFields f : changes) {
            if (startedAt == null && !"PENDING".equals(f.text("state"))) {
                startedAt = f.event().time();
            }
        }
        String state = last.text("state");
        boolean finished = !state.equals("PENDING") && !state.equals("RUNNING");
        String confirmedBy = last.text("confirmedBy");
        String message = last.text("message");
        String note = last.text("note");
        return new DrillStepEntry(runId, index, confirmedBy.isEmpty() ? last.text("kind") : "MANUAL", last.text("name"),
                state, last.text("command"), last.nested("output", "exitStatus"), last.text("expected"), last.text("actual"),
                confirmedBy, EventFields.instant(last.text("confirmedAt")), startedAt,
                finished ? last.event().time() : null, message.isEmpty() ? note : message, last.event().seq());
    }
}
