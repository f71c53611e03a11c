package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A run's timeline built from its journal: who did what, when, with what result, in time order. */
public record PlaybookTimeline(RunInfo run, List<StepRecord> steps, List<TimelineEntry> entries) {

    public PlaybookTimeline {
        steps = List.copyOf(steps);
        entries = List.copyOf(entries);
    }

    public static PlaybookTimeline of(RunInfo run, List<StepRecord> steps) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(run.startedAt(), run.operator(), null, "run", "started", run.target().toString()));
        for (StepRecord s : steps) {
            if (s.startedAt() != null) {
                entries.add(new TimelineEntry(s.startedAt(), run.operator(), s.name(), s.kind(), "started",
                        s.attempts() > 1 ? "attempt " + s.attempts() : ""));
            }
            if (s.state().isFinished() && s.finishedAt() != null) {
                entries.add(new TimelineEntry(s.finishedAt(), s.actor() == null ? run.operator() : s.actor(), s.name(),
                        s.kind(), s.state().name().toLowerCase(java.util.Locale.ROOT), s.message()));
            }
        }
        if (run.finishedAt() != null) {
            entries.add(new TimelineEntry(run.finishedAt(), run.operator(), null, "run",
                    run.status().name().toLowerCase(java.util.Locale.ROOT), ""));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return new PlaybookTimeline(run, steps, entries);
    }

    public Duration elapsed(Instant now) {
        return Duration.between(run.startedAt(), run.finishedAt() == null ? now : run.finishedAt());
    }

    /** The step running now, or else the one the run goes on with. */
    public Optional<StepRecord> current() {
        return steps.stream().filter(s -> s.state() == StepState.RUNNING).findFirst()
                .or(() -> run.position() < steps.size() ? Optional.of(steps.get(run.position())) : Optional.empty());
    }

    /** Steps after the current one that have yet to run. */
    public List<StepRecord> upcoming() {
        int from = current().map(s -> s.index() + 1).orElse(steps.size());
        return steps.subList(Math.min(from, steps.size()), steps.size()).stream()
                .filter(s -> s.state() == StepState.PENDING).toList();
    }
}
