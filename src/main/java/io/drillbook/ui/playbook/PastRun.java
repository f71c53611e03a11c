package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.PlaybookRunDetails;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.TimelineEntry;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A past playbook run as its timeline view shows it: the outcome, the facts, every step with who
 * did it and when, the timeline in time order (approvals, checkpoints, verifications included),
 * and the evidence events about it. Pure: built from core's {@link PlaybookRunDetails}.
 */
public record PastRun(String runId, String title, StatusTone tone, String status, String facts, List<PastStepRow> steps,
                      List<TimelineRow> timeline, List<String> evidence) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One timeline line and its tone. */
    public record TimelineRow(StatusTone tone, String text) {
    }

    static PastRun of(PlaybookRunDetails d, ZoneId zone) {
        RunInfo r = d.run();
        return new PastRun(r.runId(), r.playbook() + " on " + r.target(), StatusTone.of(r.status()),
                r.status().name().toLowerCase(Locale.ROOT), facts(r, zone),
                d.steps().stream().map(s -> PastStepRow.of(s, zone)).toList(),
                d.timeline().entries().stream().map(e -> new TimelineRow(tone(e.result()), line(e, zone))).toList(),
                d.events().stream().map(e -> "#" + e.seq() + "  " + e.kind() + "  " + TIME.format(e.time().atZone(zone))).toList());
    }

    private static String facts(RunInfo r, ZoneId zone) {
        String took = r.finishedAt() == null ? "not finished" : "took " + Formats.duration(Duration.between(r.startedAt(), r.finishedAt()));
        Map<String, String> params = new TreeMap<>(r.parameters());
        return "Run " + r.runId() + " by " + r.operator() + ", started " + Formats.dateTime(r.startedAt(), zone) + ", " + took
                + (params.isEmpty() ? "" : "\nParameters: " + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    private static String line(TimelineEntry e, ZoneId zone) {
        return TIME.format(e.at().atZone(zone)) + "  " + e.who() + "  " + (e.step() == null ? "run" : e.step() + " (" + e.kind() + ")")
                + ": " + e.result() + (e.detail() == null || e.detail().isEmpty() ? "" : " \u2014 " + e.detail());
    }

    static StatusTone tone(String result) {
        return switch (result) {
            case "passed", "completed" -> StatusTone.OK;
            case "failed" -> StatusTone.FAILED;
            case "started", "running" -> StatusTone.RUNNING;
            case "paused" -> StatusTone.WARNING;
            case "interrupted" -> StatusTone.INTERRUPTED;
            default -> StatusTone.NEUTRAL;
        };
    }
}
