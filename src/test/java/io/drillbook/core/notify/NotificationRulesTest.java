package io.drillbook.core.notify;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.pipeline.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {
    private static EvidenceEvent event(String kind, String subject, Map<String, ?> payload) {
        return new EvidenceEvent(7, Instant.parse("2026-12-02T02:00:00Z"), "ci", kind, subject, CanonicalJson.write(payload), "0", "1");
    }

    private static Map<String, Object> gate(String status) {
        return Map.of("gate", "PRE_RELEASE_BACKUP", "status", status, "reason", "newest succeeded backup is 30 h old");
    }

    @Test
    void aNoGoForAReleaseWhosePreReleaseBackupFailedIsAlsoAnRpoBreachBeforeThatRelease() {
        List<Notification> n = NotificationRules.of(event("gate.decision", "shop/prod REL-1042", Map.of("target", "shop/prod",
                "release", "REL-1042", "decision", "no-go", "gates", List.of(gate("FAIL")))));
        assertThat(n).extracting(Notification::kind).containsExactly(NotificationKind.GATE_NO_GO, NotificationKind.RPO_BREACH_BEFORE_RELEASE);
        assertThat(n.get(1).title()).isEqualTo("No fresh backup of shop/prod before release REL-1042");
        assertThat(n.get(0).facts()).containsEntry("release", "REL-1042").containsEntry("evidence", "#7 by ci at 2026-12-02T02:00:00Z");
    }

    @Test
    void aGoAndAPassedDrillNotifyNobodyButFailedAndInterruptedDrillsDo() {
        assertThat(NotificationRules.of(event("gate.decision", "shop/prod", Map.of("target", "shop/prod", "decision", "go",
                "gates", List.of(gate("PASS")))))).isEmpty();
        assertThat(NotificationRules.of(event("drill.finished", "run-1", Map.of("result", "PASSED", "plan", "p", "backupId", "b")))).isEmpty();
        assertThat(NotificationRules.of(event("drill.finished", "run-2", Map.of("result", "FAILED", "plan", "p", "backupId", "b"))))
                .extracting(Notification::kind).containsExactly(NotificationKind.DRILL_FAILED);
        assertThat(NotificationRules.of(event("drill.interrupted", "run-3", Map.of())))
                .extracting(Notification::kind).containsExactly(NotificationKind.DRILL_INTERRUPTED);
    }

    @Test
    void aNoGoWithoutAReleaseIsNoRpoBreachBeforeARelease() {
        assertThat(NotificationRules.of(event("gate.decision", "shop/prod", Map.of("target", "shop/prod", "decision", "no-go",
                "gates", List.of(gate("FAIL")))))).extracting(Notification::kind).containsExactly(NotificationKind.GATE_NO_GO);
    }
}
