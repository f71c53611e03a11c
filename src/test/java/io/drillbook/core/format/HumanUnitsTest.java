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
    void sizesAtTheUnitEdgesNeverReadAs1024OfTheSmallerUnit() {
        assertThat(HumanUnits.size(0)).isEqualTo("0 B");
        assertThat(HumanUnits.size(999)).isEqualTo("999 B");
        assertThat(HumanUnits.size(1023)).isEqualTo("1023 B");
        assertThat(HumanUnits.size(1024)).isEqualTo("1.0 KB");
        assertThat(HumanUnits.size(1024L * 1024 - 1)).isEqualTo("1.0 MB");
        assertThat(HumanUnits.size(1024L * 1024 - 60)).isEqualTo("1023.9 KB");
        assertThat(HumanUnits.size(1_063_116_051L)).isEqualTo("1013.9 MB");
        assertThat(HumanUnits.size(Long.MAX_VALUE)).isEqualTo("8192.0 PB");
    }

    @Test
    void unknownAndNegativeSizes() {
        assertThat(HumanUnits.knownSize(-1)).isEmpty();
        assertThat(HumanUnits.knownSize(2048)).isEqualTo("2.0 KB");
        assertThat(HumanUnits.size(-2048)).isEqualTo("-2.0 KB");
        assertThat(HumanUnits.size(Long.MIN_VALUE)).startsWith("-8192.0 PB");
    }

    @Test
    void durationsAtTheUnitEdges() {
        assertThat(HumanUnits.duration(Duration.ZERO)).isEqualTo("0 s");
        assertThat(HumanUnits.duration(Duration.ofMillis(999))).isEqualTo("0 s");
        assertThat(HumanUnits.duration(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(HumanUnits.duration(Duration.ofSeconds(60))).isEqualTo("1 min");
        assertThat(HumanUnits.duration(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("59 min");
        assertThat(HumanUnits.duration(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(HumanUnits.duration(Duration.ofHours(4).plusMinutes(47).plusSeconds(59))).isEqualTo("4 h 47 min");
        assertThat(HumanUnits.duration(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 h 59 min");
        assertThat(HumanUnits.duration(Duration.ofHours(24))).isEqualTo("1 d");
        assertThat(HumanUnits.duration(Duration.ofSeconds(-42))).isEqualTo("-42 s");
        assertThat(HumanUnits.duration(Duration.parse("PT6H5M"))).doesNotContain("PT");
    }

    @Test
    void localTimesReadInTheGivenZoneAndNameItWhenAsked() {
        Instant moment = Instant.parse("2026-12-04T08:30:00Z");
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        assertThat(HumanUnits.localDateTime(moment, berlin)).endsWith("2026-12-04 09:30");
        assertThat(HumanUnits.zonedDateTime(moment, berlin)).contains("2026-12-04 09:30 ").endsWith("CET");
        assertThat(HumanUnits.zonedDateTime(moment, java.time.ZoneOffset.UTC)).endsWith("2026-12-04 08:30 Z");
        assertThat(HumanUnits.localDateTime(null, berlin)).isEmpty();
        assertThat(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).isEqualTo(before);
    }

    @Test
    void momentsPrintInFullToTheSecondInUtc() {
        assertThat(HumanUnits.dateTime(Instant.parse("2026-10-05T08:00:07.123456Z"))).isEqualTo("2026-10-05 08:00:07 UTC");
        assertThat(HumanUnits.dateTime(null)).isEmpty();
    }
}
