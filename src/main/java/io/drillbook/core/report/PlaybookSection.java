package io.drillbook.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Playbook runs rebuilt from their events (subject = run id), one per {@code playbook.started}:
 * the status is the {@code status} the run's last state change carries; saves, deletions and
 * dry-runs of a playbook name no run and are not runs.
 */
final class PlaybookSection {
    private PlaybookSection() {
    }

    static List<PlaybookRunEntry> runs(List<EventFields> events) {
        Map<String, List<EventFields>> byRun = new LinkedHashMap<>();
        for (EventFields f : events) {
            if (f.kind().equals("playbook.started")) {
                byRun.put(f.event().subject(), new ArrayList<>());
            }
        }
        for (EventFields f : events) {
            List<EventFields> run = byRun.get(f.event().subject());
            if (run != null && f.kind().startsWith("playbook.")) {
                run.add(f);
            }
        }
        List<PlaybookRunEntry> out = new ArrayList<>();
        byRun.forEach((runId, runEvents) -> out.add(entry(runId, runEvents)));
        out.sort(Comparator.comparing(PlaybookRunEntry::startedAt).thenComparing(PlaybookRunEntry::runId));
        return out;
    }

    private static PlaybookRunEntry entry(String runId, List<EventFields> events) {
        EventFields first = events.get(0);
        String status = "RUNNING";
        Instant ended = null;
        for (EventFields f : events) {
            if (!f.kind().equals("playbook.step") && !f.text("status").isEmpty()) {
                status = f.text("status").toUpperCase(Locale.ROOT);
                ended = status.equals("COMPLETED") || status.equals("ABORTED") ? f.event().time() : null;
            }
        }
        String target = first.target();
        String[] parts = target.isEmpty() ? new String[] {"", ""} : target.split("/", 2);
        return new PlaybookRunEntry(runId, first.text("playbook"), parts[0], parts[1],
                first.text("operator").isEmpty() ? first.event().actor() : first.text("operator"),
                first.event().time(), ended != null ? ended : events.get(events.size() - 1).event().time(), status,
                steps(runId, events), events.stream().map(f -> line(runId, f)).toList());
    }

    private static List<PlaybookStepEntry> steps(String runId, List<EventFields> events) {
        Map<Integer, EventFields> last = new TreeMap<>();
        for (EventFields f : events) {
            if (f.kind().equals("playbook.step")) {
                last.put(f.integer("index", last.size()), f);
            }
        }
        List<PlaybookStepEntry> out = new ArrayList<>();
        last.forEach((index, f) -> out.add(new PlaybookStepEntry(runId, index, f.text("name"), f.text("kind"),
                f.text("state"), f.text("actor").isEmpty() ? f.event().actor() : f.text("actor"),
                EventFields.instant(f.text("startedAt")), EventFields.instant(f.text("finishedAt")), f.text("message"),
                f.event().seq())));
        return out;
    }

    private static TimelineLine line(String runId, EventFields f) {
        boolean step = f.kind().equals("playbook.step");
        String detail = step ? f.text("message", "command") : f.text("reason", "message", "by", "freeze");
        return new TimelineLine(runId, f.event().seq(), f.event().time(), f.event().actor(), f.kind(),
                step ? f.text("name") : f.text("step"), step ? f.text("state") : f.text("status"), detail);
    }
}
