package io.drillbook.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds playbook runs from their events: grouped by {@code runId} (or subject when an event
 * names no run), started by the first event, ended by the last; the result is the last
 * {@code result} any of its events carries, else "unfinished".
 */
final class PlaybookSection {
    private PlaybookSection() {
    }

    static List<PlaybookRunEntry> runs(List<EventFields> playbookEvents) {
        Map<String, List<EventFields>> byRun = new TreeMap<>();
        for (EventFields f : playbookEvents) {
            String run = f.text("runId");
            byRun.computeIfAbsent(run.isEmpty() ? f.event().subject() : run, k -> new ArrayList<>()).add(f);
        }
        List<PlaybookRunEntry> out = new ArrayList<>();
        byRun.forEach((runId, events) -> out.add(entry(runId, events)));
        out.sort(Comparator.comparing(PlaybookRunEntry::startedAt).thenComparing(PlaybookRunEntry::runId));
        return out;
    }

    private static PlaybookRunEntry entry(String runId, List<EventFields> events) {
        EventFields first = events.get(0);
        EventFields last = events.get(events.size() - 1);
        String result = "unfinished";
        String playbook = "";
        for (EventFields f : events) {
            result = f.text("result").isEmpty() ? result : f.text("result");
            playbook = playbook.isEmpty() ? f.text("playbook") : playbook;
        }
        return new PlaybookRunEntry(runId, playbook, first.event().subject(), first.event().time(), last.event().time(),
                result, events.stream().map(EventFields::asStep).toList());
    }
}
