package io.drillbook.core.format;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HumanUnitsTest {

    @Test
    void durationsReadAsTheTwoLargestUnitsRoundedDown() {
        assertThat(HumanUnits.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(HumanUnits.duration(Duration.ofMinutes(23).plusSeconds(59))).isEqualTo("23 min");
        assertThat(HumanUnits.duration(Duration.ofHours(6).plusMinutes(5))).isEqualTo("6 h 5 min");
        assertThat(HumanUnits.duration(Duration.ofHours(4))).isEqualTo("4 h");
        assertThat(HumanUnits.duration(Duration.ofDays(3).plusHours(4).plusMinutes(9))).isEqualTo("3 d 4 h");
        assertThat(HumanUnits.duration(Duration.ofMinutes(-90))).isEqualTo("-1 h 30 min");
        assertThat(HumanUnits.duration(null)).isEmpty();
    }

    @Test
    void sizesUseBinaryUnitsWithOneDecimal() {
        assertThat(HumanUnits.size(512)).isEqualTo("512 B");
        assertThat(HumanUnits.size(1536)).isEqualTo("1.5 KB");
        assertThat(HumanUnits.size(5L * 1024 * 1024)).isEqualTo("5.0 MB");
        assertThat(HumanUnits.size(3L * 1024 * 1024 * 1024 + 512L * 1024 * 1024)).isEqualTo("3.5 GB");
    }

    @Test
    void momentsPrintInFullToTheSecondInUtc() {
        assertThat(HumanUnits.dateTime(Instant.parse("2026-10-05T08:00:07.123456Z"))).isEqualTo("2026-10-05 08:00:07 UTC");
        assertThat(HumanUnits.dateTime(null)).isEmpty();
    }
}
