package io.drillbook.core.calendar;

import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.drillbook.core.calendar.CalendarFixtures.freeze;
import static io.drillbook.core.calendar.CalendarFixtures.release;
import static io.drillbook.core.calendar.GateFixture.SHOP_PROD;
import static org.assertj.core.api.Assertions.assertThat;

/** Every gate's pass, fail and unknown, on a real H2 store. */
class ReleaseGatesTest {
    private static final CabApproval APPROVED = new CabApproval("carol", Instant.parse("2026-11-24T10:00:00Z"));

    private GateFixture healthy(List<Release> releases) {
        GateFixture f = new GateFixture(List.of(freeze("Year-end freeze", "2026-12-20T00:00", Duration.ofDays(14), false, "prod"),
                freeze("Recovery REL-1040", "2026-12-05T02:00", Duration.ofHours(3), true)), releases);
        f.backup("snap-1", "2026-12-02T01:30:00Z", BackupStatus.SUCCEEDED);
        f.drill("run-1", "2026-11-01T10:00:00Z", RunResult.PASSED, Duration.ofMinutes(23));
        return f;
    }

    private static GateResult gate(List<GateResult> results, Gate gate) {
        return results.stream().filter(r -> r.gate() == gate).findFirst().orElseThrow();
    }

    private List<GateResult> evaluate(GateFixture f, String releaseId) {
        return f.service.decide(SHOP_PROD, Optional.ofNullable(releaseId), Optional.empty()).results();
    }

    @Test
    void everyGatePassesForAWellPreparedRelease() {
        try (GateFixture f = healthy(List.of(release("REL-1042", "2026-12-02T03:00:00Z", "2026-12-02T05:00:00Z", RiskClass.NORMAL, APPROVED)))) {
            List<GateResult> results = evaluate(f, "REL-1042");
            assertThat(results).extracting(GateResult::gate).containsExactly(Gate.values());
            assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.reason()).isEqualTo(GateStatus.PASS));
            assertThat(gate(results, Gate.PRE_RELEASE_BACKUP).reason())
                    .isEqualTo("newest succeeded backup of shop/prod (restic snap-1) is 1 h 30 min old when the window starts; policy: at most 24 h old when the window starts");
            assertThat(gate(results, Gate.DRILL).reason()).isEqualTo(
                    "last passing drill of shop/prod (run-1) is 30 days old and recovered in 23 min; policy: every 90 days, recovery within 4 h");
        }
    }

    @Test
    void preReleaseBackupFailsWhenOlderThanAllowedAndWhenMissing() {
        try (GateFixture f = new GateFixture(List.of(), List.of())) {
            assertThat(gate(evaluate(f, null), Gate.PRE_RELEASE_BACKUP).status()).isEqualTo(GateStatus.FAIL);
            assertThat(gate(evaluate(f, null), Gate.NEWEST_BACKUP).status()).isEqualTo(GateStatus.UNKNOWN);
            f.backup("old", "2026-11-30T01:00:00Z", BackupStatus.SUCCEEDED);
            GateResult r = gate(evaluate(f, null), Gate.PRE_RELEASE_BACKUP);
            assertThat(r.status()).isEqualTo(GateStatus.FAIL);
            assertThat(r.reason()).contains("(restic old) is 2 days old");
        }
    }

    @Test
    void newestBackupFailedFailsThatGateEvenWithAnOlderSuccess() {
        try (GateFixture f = healthy(List.of())) {
            f.backup("snap-2", "2026-12-02T02:00:00Z", BackupStatus.FAILED);
            GateResult r = gate(evaluate(f, null), Gate.NEWEST_BACKUP);
            assertThat(r.status()).isEqualTo(GateStatus.FAIL);
            assertThat(r.reason()).isEqualTo("newest backup of shop/prod (snap-2, completed 2026-12-02 02:00Z) is failed");
            assertThat(gate(evaluate(f, null), Gate.PRE_RELEASE_BACKUP).status()).isEqualTo(GateStatus.PASS);
        }
    }

    @Test
    void drillGateFailsWhenStaleOrTooSlowOrMissing() {
        try (GateFixture f = new GateFixture(List.of(), List.of())) {
            assertThat(gate(evaluate(f, null), Gate.DRILL).reason()).startsWith("no passing drill of shop/prod on record");
            f.drill("run-old", "2026-08-27T02:30:00Z", RunResult.PASSED, Duration.ofMinutes(23));
            GateResult stale = gate(evaluate(f, null), Gate.DRILL);
            assertThat(stale.status()).isEqualTo(GateStatus.FAIL);
            assertThat(stale.reason()).startsWith("last passing drill of shop/prod (run-old) is 97 days old; policy: every 90 days");
            f.drill("run-slow", "2026-11-20T10:00:00Z", RunResult.PASSED, Duration.ofHours(5));
            GateResult slow = gate(evaluate(f, null), Gate.DRILL);
            assertThat(slow.status()).isEqualTo(GateStatus.FAIL);
            assertThat(slow.reason()).contains("recovered in 5 h", "recovery within 4 h");
        }
    }

    @Test
    void targetWithoutPolicyLeavesBackupAndDrillGatesUnknown() {
        try (GateFixture f = healthy(List.of())) {
            List<GateResult> r = f.service.decide(new SystemEnv("shop", "staging"), Optional.empty(), Optional.empty()).results();
            assertThat(gate(r, Gate.PRE_RELEASE_BACKUP).status()).isEqualTo(GateStatus.UNKNOWN);
            assertThat(gate(r, Gate.DRILL).status()).isEqualTo(GateStatus.UNKNOWN);
        }
    }

    @Test
    void freezeActiveRecoveryAndBackupWindowFailTheirGates() {
        try (GateFixture f = healthy(List.of(
                release("REL-X", "2026-12-24T10:00:00Z", "2026-12-24T11:00:00Z", RiskClass.STANDARD, null),
                release("REL-R", "2026-12-05T01:30:00Z", "2026-12-05T02:30:00Z", RiskClass.STANDARD, null)))) {
            assertThat(gate(evaluate(f, "REL-X"), Gate.FREEZE).reason()).contains("falls in freeze 'Year-end freeze'");
            GateResult recovery = gate(evaluate(f, "REL-R"), Gate.FREEZE);
            assertThat(recovery.status()).isEqualTo(GateStatus.FAIL);
            assertThat(recovery.reason()).contains("active recovery 'Recovery REL-1040'");
            GateResult window = gate(evaluate(f, "REL-R"), Gate.BACKUP_WINDOW);
            assertThat(window.status()).isEqualTo(GateStatus.FAIL);
            assertThat(window.reason()).contains("overlaps backup window 'Nightly shop backup' (2026-12-05 01:00–03:00 Europe/Berlin)");
        }
    }

    @Test
    void cabGateFailsWithoutApprovalAndWhenApprovedLate() {
        CabApproval late = new CabApproval("carol", Instant.parse("2026-12-10T12:00:00Z"));
        try (GateFixture f = healthy(List.of(
                release("REL-N", "2026-12-10T10:00:00Z", "2026-12-10T11:00:00Z", RiskClass.MAJOR, null),
                release("REL-L", "2026-12-10T10:00:00Z", "2026-12-10T11:00:00Z", RiskClass.NORMAL, late)))) {
            assertThat(gate(evaluate(f, "REL-N"), Gate.CAB_APPROVAL).reason()).isEqualTo("REL-N is a major change and has no CAB approval");
            GateResult r = gate(evaluate(f, "REL-L"), Gate.CAB_APPROVAL);
            assertThat(r.status()).isEqualTo(GateStatus.FAIL);
            assertThat(r.reason()).contains("after its window started");
        }
    }
}
