package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Median duration of each step over earlier completed runs of a playbook, for ETAs. */
public final class StepTimings {
    private final PlaybookJournal journal;

    public StepTimings(PlaybookJournal journal) {
        this.journal = journal;
    }

    /** @param excludeRunId the run asking, left out; may be null */
    public Map<String, Duration> typical(String playbook, String excludeRunId, int lastRuns) {
        Map<String, List<Duration>> samples = new HashMap<>();
        for (RunInfo run : journal.runsOf(playbook, lastRuns)) {
            if (run.status() != RunStatus.COMPLETED || run.runId().equals(excludeRunId)) {
                continue;
            }
            for (StepRecord s : journal.steps(run.runId())) {
                if (s.state() == StepState.PASSED) {
                    samples.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.elapsed());
                }
            }
        }
        Map<String, Duration> medians = new HashMap<>();
        samples.forEach((name, list) -> medians.put(name, median(list)));
        return medians;
    }

    static Duration median(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
