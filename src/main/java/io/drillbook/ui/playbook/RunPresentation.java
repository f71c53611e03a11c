package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.PlaybookTimeline;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.StatusUpdate;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.playbook.TimelineEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a run's journaled state into the words the run screen shows; pure, no I/O. */
final class RunPresentation {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZoneId zone;
    private final Clock clock;
    private Map<String, Duration> typical = Map.of();

    RunPresentation(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** Median step times of earlier runs, for the status update's ETA. */
    void typical(Map<String, Duration> value) {
        this.typical = Map.copyOf(value);
    }

    List<String> timeline(RunInfo info, List<StepRecord> steps) {
        return PlaybookTimeline.of(info, steps).entries().stream().map(this::line).toList();
    }

    private String line(TimelineEntry e) {
        return TIME.format(e.at().atZone(zone)) + "  " + e.who() + "  " + (e.step() == null ? "run" : e.step()) + ": "
                + e.result() + (e.detail() == null || e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
    }

    String statusUpdate(RunInfo info, List<StepRecord> steps) {
        return StatusUpdate.render(PlaybookTimeline.of(info, steps), typical, clock.instant());
    }

    String status(RunInfo info, boolean executing) {
        String state = info.status().name().toLowerCase(Locale.ROOT);
        String what = switch (info.status()) {
            case RUNNING -> executing ? "running" : "ready: press Run (Ctrl+Enter) to go on";
            case PAUSED -> "paused: Resume, skip a step or re-run from a step";
            case FAILED -> "failed: skip the failed step (with a reason) or re-run from a step";
            case INTERRUPTED -> "interrupted: Run to go on";
            default -> state;
        };
        return info.playbook() + " on " + info.target() + ", run " + info.runId() + " by " + info.operator() + ": " + what;
    }
}
