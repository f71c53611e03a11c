package io.drillbook.ui.drill;

import io.drillbook.core.drill.ManualConfirmation;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of a past drill run's steps table: which part of the plan (step, manual, check,
 * cleanup), its state, a check's expected and actual values, how long it took, and who confirmed
 * a manual step or why it failed.
 */
public record DrillStepLine(StepOutcome outcome, int number, String part, String name, StatusTone tone, String state,
                            String expected, String actual, String took, String note) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static DrillStepLine of(StepOutcome s, ZoneId zone) {
        String expected = s.verdict() == null ? "" : s.verdict().expected();
        String actual = s.verdict() == null ? "" : s.verdict().actual();
        Duration took = s.automated().plus(s.manual());
        return new DrillStepLine(s, s.index() + 1, part(s), s.name(), StatusTone.of(s.state()),
                s.state().name().toLowerCase(Locale.ROOT), expected, actual, took.isZero() ? "" : Formats.duration(took), note(s, zone));
    }

    private static String part(StepOutcome s) {
        return s.confirmation() != null ? "manual" : s.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String note(StepOutcome s, ZoneId zone) {
        ManualConfirmation c = s.confirmation();
        if (c == null) {
            return s.message();
        }
        String who = (c.done() ? "done, confirmed by " : "not done, said ") + c.confirmedBy() + " at "
                + TIME.format(c.confirmedAt().atZone(zone));
        return c.note().isEmpty() ? who : who + ": " + c.note();
    }

    /** True for a check that did not pass: the line a person opening a failed drill looks for first. */
    public boolean failed() {
        return tone == StatusTone.FAILED;
    }
}
