package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrencePreviewTest {
    private final RecurrencePreview preview = new RecurrencePreview();

    private static Recurrence berlin(String rrule) {
        return new Recurrence(LocalDateTime.parse("2026-10-23T01:00"), Duration.ofHours(2), ZoneId.of("Europe/Berlin"), rrule, List.of());
    }

    @Test
    void previewListsNextOccurrencesWithLocalTimeAndOffset() {
        assertThat(preview.describeNext(berlin("FREQ=DAILY"), 3)).containsExactly(
                "Fri 2026-10-23 01:00–03:00 Europe/Berlin (+02:00)",
                "Sat 2026-10-24 01:00–03:00 Europe/Berlin (+02:00)",
                "Sun 2026-10-25 01:00–02:00 Europe/Berlin (+02:00)");
    }

    @Test
    void unknownWeekdayNamesItsPositionAndTheValue() {
        assertThatThrownBy(() -> preview.describeNext(berlin("FREQ=DAILY;BYDAY=XX"), 3))
                .isInstanceOf(RecurrenceRuleException.class)
                .hasMessage("RRULE 'FREQ=DAILY;BYDAY=XX' at position 18: 'XX' is not a weekday like MO, 1MO or -1FR");
    }

    @Test
    void misspelledFrequencyAndUnknownPartAreNamed() {
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("FREQ=DAILX")).hasMessageContaining("position 6: FREQ 'DAILX' is not one of");
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("FREQ=DAILY;FOO=1")).hasMessageContaining("position 12: unknown rule part 'FOO'");
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("INTERVAL=2")).hasMessageContaining("FREQ is missing");
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("FREQ=DAILY;COUNT=0")).hasMessageContaining("COUNT must be a positive whole number");
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("FREQ=DAILY;COUNT=2;UNTIL=20260101")).hasMessageContaining("COUNT and UNTIL");
        assertThatThrownBy(() -> RecurrenceRuleParser.parse("FREQ=MONTHLY;BYMONTHDAY=32")).hasMessageContaining("'32' is not a number in +/-1..31");
    }
}
