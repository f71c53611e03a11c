package io.drillbook.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** How gate reasons and drill summaries say a duration: never an ISO period, never "0 min" for a real 50 seconds. */
class HumanDurationTest {
    @Test
    void underAMinuteIsSaidInSeconds() {
        assertThat(HumanDuration.of(Duration.ofMillis(180))).isEqualTo("0 s");
        assertThat(HumanDuration.of(Duration.ofSeconds(50))).isEqualTo("50 s");
        assertThat(HumanDuration.of(Duration.ofSeconds(-50))).isEqualTo("-50 s");
    }

    @Test
    void minutesHoursAndDays() {
        assertThat(HumanDuration.of(Duration.ofSeconds(60))).isEqualTo("1 min");
        assertThat(HumanDuration.of(Duration.ofMinutes(40).plusSeconds(59))).isEqualTo("40 min");
        assertThat(HumanDuration.of(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(HumanDuration.of(Duration.ofMinutes(310))).isEqualTo("5 h 10 min");
        assertThat(HumanDuration.of(Duration.ofDays(97))).isEqualTo("97 days");
    }

    @Test
    void periodsInWords() {
        assertThat(HumanDuration.of(Period.ofDays(90))).isEqualTo("90 days");
        assertThat(HumanDuration.of(Period.of(1, 6, 0))).isEqualTo("1 year 6 months");
    }
}
