package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.StepRecord;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One step of a past playbook run: its kind (command, approval, manual checkpoint, verification,
 * wait, storage, drill), state, who did it (the approver of an approval), when, how long, and
 * what it said; {@link #output} is the command and output tail shown when the step is chosen.
 */
public record PastStepRow(int number, String name, String kind, StatusTone tone, String state, String who, String at,
                          String took, String detail, String output) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static PastStepRow of(StepRecord s, ZoneId zone) {
        String at = s.finishedAt() != null ? TIME.format(s.finishedAt().atZone(zone))
                : s.startedAt() != null ? TIME.format(s.startedAt().atZone(zone)) : "";
        String took = s.elapsed().isZero() ? "" : s.elapsed().toSeconds() < 1 ? s.elapsed().toMillis() + " ms" : Formats.duration(s.elapsed());
        return new PastStepRow(s.index() + 1, s.name(), s.kind(), StatusTone.of(s.state()), s.state().name().toLowerCase(Locale.ROOT),
                s.actor() == null ? "" : s.actor(), at, took, s.message(), output(s));
    }

    private static String output(StepRecord s) {
        StringBuilder text = new StringBuilder();
        if (s.command() != null) {
            text.append("$ ").append(s.command()).append('\n');
        }
        if (s.output() != null) {
            text.append(s.output().outcome()).append(", ").append(s.output().stdoutBytes()).append(" bytes of output")
                    .append(s.attempts() > 1 ? ", attempt " + s.attempts() : "").append('\n')
                    .append(s.output().stdoutTail());
            if (s.output().stderrTail() != null && !s.output().stderrTail().isEmpty()) {
                text.append("\n--- stderr ---\n").append(s.output().stderrTail());
            }
        }
        if (!s.message().isEmpty() && (s.output() == null || !s.message().equals(s.output().outcome()))) {
            text.append(text.length() == 0 ? "" : "\n").append(s.message());
        }
        return text.length() == 0 ? "(nothing recorded for this step)" : text.toString();
    }
}
