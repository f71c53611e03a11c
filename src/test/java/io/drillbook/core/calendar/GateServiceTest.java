package io.drillbook.core.calendar;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.RunResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.drillbook.core.calendar.CalendarFixtures.release;
import static io.drillbook.core.calendar.GateFixture.NOW;
import static io.drillbook.core.calendar.GateFixture.SHOP_PROD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waivers and evidence of gate decisions, on a real H2 store. */
class GateServiceTest {

    private GateFixture staleDrill() {
        GateFixture f = new GateFixture(List.of(), List.of(
                release("REL-1042", "2026-12-02T03:00:00Z", "2026-12-02T05:00:00Z", RiskClass.STANDARD, null),
                release("REL-1043", "2026-12-02T03:00:00Z", "2026-12-02T05:00:00Z", RiskClass.STANDARD, null)));
        f.backup("snap-1", "2026-12-02T01:30:00Z", io.drillbook.core.model.BackupStatus.SUCCEEDED);
        f.drill("run-old", "2026-08-27T03:00:00Z", RunResult.PASSED, Duration.ofMinutes(23));
        return f;
    }

    private static GateDecision decide(GateFixture f, String release, String at) {
        return f.service.decide(SHOP_PROD, Optional.of(release), Optional.of(Instant.parse(at)));
    }

    @Test
    void staleDrillIsNoGoUntilWaivedForThatRelease() {
        try (GateFixture f = staleDrill()) {
            assertThat(decide(f, "REL-1042", "2026-12-02T02:30:00Z").go()).isFalse();
            f.service.waive(Gate.DRILL, SHOP_PROD, "REL-1042", "erin", "drill scheduled for Friday", Instant.parse("2026-12-03T00:00:00Z"));
            GateDecision waived = decide(f, "REL-1042", "2026-12-02T02:30:00Z");
            assertThat(waived.go()).isTrue();
            GateResult drill = waived.results().stream().filter(r -> r.gate() == Gate.DRILL).findFirst().orElseThrow();
            assertThat(drill.status()).isEqualTo(GateStatus.WAIVED);
            assertThat(drill.reason()).startsWith("waived by erin until 2026-12-03 00:00Z (drill scheduled for Friday); last passing drill");
            assertThat(drill.data()).containsEntry("originalStatus", "FAIL");
            assertThat(decide(f, "REL-1043", "2026-12-02T02:30:00Z").go()).as("another release is not covered").isFalse();
        }
    }

    @Test
    void expiredWaiverNoLongerCounts() {
        try (GateFixture f = staleDrill()) {
            f.service.waive(Gate.DRILL, SHOP_PROD, null, "erin", "drill scheduled", Instant.parse("2026-12-02T02:40:00Z"));
            assertThat(decide(f, "REL-1042", "2026-12-02T02:35:00Z").go()).isTrue();
            assertThat(decide(f, "REL-1043", "2026-12-02T02:35:00Z").go()).as("a system/env waiver covers every release").isTrue();
            assertThat(decide(f, "REL-1042", "2026-12-02T02:40:00Z").go()).isFalse();
        }
    }

    @Test
    void everyDecisionAndWaiverIsEvidence() {
        try (GateFixture f = staleDrill()) {
            f.service.waive(Gate.DRILL, SHOP_PROD, "REL-1042", "erin", "drill scheduled", Instant.parse("2026-12-03T00:00:00Z"));
            decide(f, "REL-1042", "2026-12-02T02:30:00Z");
            List<EvidenceEvent> events = f.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("gate."));
            assertThat(events).extracting(EvidenceEvent::kind).containsExactly("gate.decision", "gate.waived");
            assertThat(events.get(1).actor()).isEqualTo("erin");
            assertThat(events.get(0).subject()).isEqualTo("REL-1042@shop/prod");
            assertThat(events.get(0).payload()).contains("\"decision\":\"go\"", "WAIVED");
            assertThat(f.evidence.verify().isIntact()).isTrue();
        }
    }

    @Test
    void waiverWithoutReasonOrInThePastIsRefused() {
        try (GateFixture f = staleDrill()) {
            assertThatThrownBy(() -> f.service.waive(Gate.DRILL, SHOP_PROD, null, "erin", " ", NOW.plusSeconds(60)))
                    .hasMessageContaining("needs a reason");
            assertThatThrownBy(() -> f.service.waive(Gate.DRILL, SHOP_PROD, null, "erin", "x", NOW.minusSeconds(60)))
                    .hasMessageContaining("must expire after");
            assertThat(f.waivers.all()).isEmpty();
        }
    }

    @Test
    void unknownReleaseOrReleaseOfAnotherTargetIsAnError() {
        try (GateFixture f = staleDrill()) {
            assertThatThrownBy(() -> decide(f, "REL-9", "2026-12-02T02:30:00Z")).hasMessage("unknown release 'REL-9'");
            assertThatThrownBy(() -> f.service.decide(new io.drillbook.core.model.SystemEnv("shop", "staging"), Optional.of("REL-1042"), Optional.empty()))
                    .hasMessageContaining("does not touch shop/staging");
        }
    }
}
