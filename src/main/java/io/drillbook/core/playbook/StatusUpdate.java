package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-text status update for the incident channel: what happened, the current step, elapsed
 * time, the next step, and an ETA from the median step timings of earlier completed runs of the
 * same playbook (steps never timed before make the ETA a lower bound).
 */
public final class StatusUpdate {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private StatusUpdate() {
    }

    /** @param typical median duration per step name from earlier runs (see {@link StepTimings}) */
    public static String render(PlaybookTimeline timeline, Map<String, Duration> typical, Instant now) {
        RunInfo run = timeline.run();
        StringBuilder out = new StringBuilder();
        out.append("[").append(run.target()).append("] Playbook \"").append(run.playbook()).append("\" run ")
                .append(run.runId()).append(": ").append(run.status()).append(", started ")
                .append(HH_MM.format(run.startedAt())).append(" UTC by ").append(run.operator())
                .append(", elapsed ").append(human(timeline.elapsed(now))).append('\n');
        List<StepRecord> done = timeline.steps().stream().filter(s -> s.state().isFinished()).toList();
        out.append("Done:").append(done.isEmpty() ? " nothing yet" : "").append('\n');
        done.forEach(s -> out.append("  - ").append(s.name()).append(": ").append(s.state().name().toLowerCase(java.util.Locale.ROOT))
                .append(s.actor() != null && !s.actor().equals(run.operator()) ? " by " + s.actor() : "")
                .append(s.finishedAt() == null ? "" : " at " + HH_MM.format(s.finishedAt()))
                .append(s.elapsed().isZero() ? "" : " (" + human(s.elapsed()) + ")").append('\n'));
        Optional<StepRecord> current = run.status().isEnded() ? Optional.empty() : timeline.current();
        out.append("Now: ").append(current.map(s -> describeCurrent(s, now)).orElse("nothing, the run has ended")).append('\n');
        List<StepRecord> upcoming = timeline.upcoming();
        out.append("Next: ").append(upcoming.isEmpty() || run.status().isEnded() ? "none" : upcoming.get(0).name()).append('\n');
        if (!run.status().isEnded()) {
            out.append("ETA: ").append(eta(current, upcoming, typical, now)).append('\n');
        }
        return out.toString();
    }

    private static String describeCurrent(StepRecord s, Instant now) {
        if (s.state() == StepState.RUNNING && s.startedAt() != null) {
            return s.name() + " (" + s.kind() + ", running for " + human(Duration.between(s.startedAt(), now)) + ")";
        }
        return s.name() + " (" + s.kind() + ", " + s.state().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String eta(Optional<StepRecord> current, List<StepRecord> upcoming, Map<String, Duration> typical,
                              Instant now) {
        Duration left = Duration.ZERO;
        int unknown = 0;
        if (current.isPresent()) {
            StepRecord c = current.get();
            Duration usual = typical.get(c.name());
            if (usual == null) {
                unknown++;
            } else {
                Duration ran = c.startedAt() == null || c.state() != StepState.RUNNING ? Duration.ZERO : Duration.between(c.startedAt(), now);
                left = left.plus(usual.minus(ran).isNegative() ? Duration.ZERO : usual.minus(ran));
            }
        }
        for (StepRecord s : upcoming) {
            Duration usual = typical.get(s.name());
            if (usual == null) {
                unknown++;
            } else {
                left = left.plus(usual);
            }
        }
        String at = HH_MM.format(now.plus(left)) + " UTC (about " + human(left) + " left";
        return unknown == 0 ? at + ", from earlier runs)"
                : at + " plus " + unknown + " step" + (unknown == 1 ? "" : "s") + " never timed before)";
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
