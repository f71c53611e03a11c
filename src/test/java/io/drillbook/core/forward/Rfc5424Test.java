package io.drillbook.core.forward;

import io.drillbook.core.evidence.EvidenceEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class Rfc5424Test {
    private static final EvidenceEvent EVENT = new EvidenceEvent(42, Instant.parse("2026-12-04T21:00:00.123Z"), "dave \"the\" op",
            "drill.finished", "run-1]x", "{\"result\":\"PASSED\",\"note\":\"grüße\"}", "00", "abcdef");

    @Test
    void headerStructuredDataAndPayloadAreWrittenWithEscapes() {
        assertThat(Rfc5424.message(EVENT, "ops host", "drillbook")).isEqualTo("<110>1 2026-12-04T21:00:00.123Z ops_host drillbook - drill.finished "
                + "[drillbook@32473 seq=\"42\" actor=\"dave \\\"the\\\" op\" subject=\"run-1\\]x\" hash=\"abcdef\"] "
                + "{\"result\":\"PASSED\",\"note\":\"grüße\"}");
    }

    @Test
    void octetCountingCountsUtf8Bytes() {
        String msg = "ü";
        assertThat(new String(Rfc5424.octetCounted(msg), StandardCharsets.UTF_8)).isEqualTo("2 ü");
    }
}
