package io.drillbook.core.overview;

import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.report.GapEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's rules, on plain values: no store, no window. */
class AttentionRulesTest {
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    static final SystemEnv PAY = new SystemEnv("payments", "prod");

    private static Release release(String id) {
        return new Release(id, "shop-api 4.12.0", List.of("shop", "payments"), List.of("prod"), NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)), RiskClass.NORMAL, null, ReleaseStatus.PLANNED, 0);
    }

    private static GateResult gate(Gate gate, SystemEnv target, GateStatus status, String reason) {
        return new GateResult(gate, target, status, reason, Map.of());
    }

    @Test
    void aReleaseIsNoGoWithTheReasonOfItsFirstFailedGateEvenWhenAnEarlierGateCannotBeJudged() {
        GateDecision shop = new GateDecision(SHOP, "REL-1", NOW, List.of(gate(Gate.PRE_RELEASE_BACKUP, SHOP, GateStatus.UNKNOWN, "no policy"),
                gate(Gate.DRILL, SHOP, GateStatus.PASS, "ok")));
        GateDecision pay = new GateDecision(PAY, "REL-1", NOW, List.of(gate(Gate.PRE_RELEASE_BACKUP, PAY, GateStatus.PASS, "ok"),
                gate(Gate.DRILL, PAY, GateStatus.FAIL, "last passing drill 97 days old (policy 90 days)"),
                gate(Gate.CAB_APPROVAL, PAY, GateStatus.FAIL, "no CAB approval")));
        AttentionItem item = ReleaseReadiness.item(release("REL-1"), List.of(shop, pay), NOW);
        assertThat(item.level()).isEqualTo(AttentionLevel.BREACH);
        assertThat(item.detail()).startsWith("no-go").contains("fresh passing drill within RTO", "payments/prod", "97 days old")
                .doesNotContain("CAB");
        assertThat(item.link().kind()).isEqualTo(AttentionLink.Kind.RELEASE);
        assertThat(item.link().key()).isEqualTo("REL-1");
    }

    @Test
    void aReleaseWithOnlyUnjudgedGatesIsAtRiskAndOneWithWaivedGatesIsGo() {
        AttentionItem unknown = ReleaseReadiness.item(release("REL-2"), List.of(new GateDecision(SHOP, "REL-2", NOW,
                List.of(gate(Gate.PRE_RELEASE_BACKUP, SHOP, GateStatus.UNKNOWN, "no policy for shop/prod")))), NOW);
        assertThat(unknown.level()).isEqualTo(AttentionLevel.AT_RISK);
        assertThat(unknown.detail()).contains("no policy for shop/prod");
        AttentionItem waived = ReleaseReadiness.item(release("REL-3"), List.of(new GateDecision(SHOP, "REL-3", NOW,
                List.of(gate(Gate.DRILL, SHOP, GateStatus.WAIVED, "waived by carol"), gate(Gate.FREEZE, SHOP, GateStatus.PASS, "none")))), NOW);
        assertThat(waived.level()).isEqualTo(AttentionLevel.OK);
        assertThat(waived.detail()).startsWith("go").contains("1 waived");
    }

    @Test
    void aMissingPreReleaseBackupIsStillToComeWhileThereIsTimeToTakeItAndNoGoOnceThereIsNot() {
        GateResult backup = new GateResult(Gate.PRE_RELEASE_BACKUP, SHOP, GateStatus.FAIL, "newest backup is 4 days old", Map.of("allowedAge", "PT24H"));
        List<GateDecision> decisions = List.of(new GateDecision(SHOP, "REL-4", NOW, List.of(backup, gate(Gate.DRILL, SHOP, GateStatus.PASS, "ok"))));
        AttentionItem twoDaysAhead = ReleaseReadiness.item(release("REL-4"), decisions, NOW);
        assertThat(twoDaysAhead.level()).isEqualTo(AttentionLevel.OK);
        assertThat(twoDaysAhead.detail()).isEqualTo("go so far · pre-release backup still to take; every other gate passes");
        AttentionItem nextMorning = ReleaseReadiness.item(release("REL-4"), decisions, NOW.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(nextMorning.level()).isEqualTo(AttentionLevel.BREACH);
        assertThat(nextMorning.detail()).startsWith("no-go · gate \u201csucceeded pre-release backup\u201d: newest backup is 4 days old");
    }

    private static DrillSummary drill(String id, SystemEnv target, Instant at, RunResult result) {
        return new DrillSummary(id, target, "shop-db restore", "b1", at, at.plusSeconds(1200), result, Duration.ofHours(6),
                Duration.ofMinutes(20), Duration.ofMinutes(16), Duration.ofMinutes(4), "bob");
    }

    @Test
    void aFailedDrillNeedsAttentionUntilALaterDrillOfTheSameTargetPasses() {
        List<DrillSummary> newestFirst = List.of(
                drill("d4", SHOP, NOW.minus(Duration.ofDays(1)), RunResult.PASSED),
                drill("d3", PAY, NOW.minus(Duration.ofDays(2)), RunResult.FAILED),
                drill("d2", SHOP, NOW.minus(Duration.ofDays(3)), RunResult.FAILED),
                drill("d1", PAY, NOW.minus(Duration.ofDays(4)), RunResult.FAILED),
                drill("d0", PAY, NOW.minus(Duration.ofDays(90)), RunResult.INTERRUPTED));
        List<AttentionItem> items = DrillFailures.items(newestFirst, NOW.minus(Duration.ofDays(30)), NOW);
        assertThat(items).extracting(i -> i.link().key()).containsExactly("d3");
        assertThat(items.get(0).title()).isEqualTo("payments/prod: drill failed");
        assertThat(items.get(0).detail()).contains("2 d ago", "bob");
    }

    private static GapEntry gap(long seq, String due, String status) {
        return new GapEntry(seq, NOW.minus(Duration.ofDays(30)), "run-" + seq, "shop", "prod", "role grant run by hand", "bob", due,
                status, "", null, "", false);
    }

    @Test
    void onlyOpenGapsWhoseDueDayHasPassedAreListedWithOwnerAndLateness() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        List<AttentionItem> items = GapsPastDue.items(List.of(gap(1, "2026-11-20", "OPEN"), gap(2, "2026-12-04", "OPEN"),
                gap(3, "2026-11-01", "CLOSED"), gap(4, "", "OPEN"), gap(5, "2026-12-01T10:00:00Z", "IN_PROGRESS"),
                gap(6, "soon", "OPEN")), today);
        assertThat(items).extracting(i -> i.link().key()).containsExactly("1", "5");
        assertThat(items.get(0).detail()).isEqualTo("owner bob · due 2026-11-20 (14 days ago)");
        assertThat(items.get(0).title()).isEqualTo("shop/prod: role grant run by hand");
    }

    private static EvidenceEvent event(long seq, String kind, String subject, Map<String, Object> payload) {
        return new EvidenceEvent(seq, NOW.minusSeconds(1000 - seq), "ci", kind, subject, CanonicalJson.write(payload), "0", "1");
    }

    @Test
    void aSourceWhoseNewestRefreshFailedIsListedAndALaterSuccessSettlesAnEarlierFailure() {
        List<EvidenceEvent> newestFirst = List.of(
                event(9, "inventory.refresh", "nightly-restic", Map.of("outcome", "failed", "problem", "exit 1: repository locked")),
                event(8, "inventory.refresh", "s3-velero", Map.of("outcome", "succeeded")),
                event(7, "backup.run.failed", "shop/prod", Map.of("reason", "pg_dump: connection refused")),
                event(6, "backup.imported", "crm/prod", Map.of("source", "CSV", "file", "crm.csv", "rejected", 3)),
                event(5, "inventory.refresh", "s3-velero", Map.of("outcome", "failed", "problem", "timeout")),
                event(4, "backup.run.succeeded", "payments/prod", Map.of()),
                event(3, "backup.run.failed", "payments/prod", Map.of("reason", "disk full")));
        List<AttentionItem> items = FailedImports.items(newestFirst);
        assertThat(items).extracting(AttentionItem::title).containsExactly("Refresh of nightly-restic failed",
                "Pre-release backup of shop/prod failed", "Import of crm.csv rejected 3 records");
        assertThat(items.get(0).detail()).isEqualTo("exit 1: repository locked");
        assertThat(items.get(1).link().target()).isEqualTo(SHOP);
        assertThat(items.get(2).level()).isEqualTo(AttentionLevel.AT_RISK);
    }

    @Test
    void aRunningRecoveryStandsForItsOwnFreezeAndFreezesAreListedWhenInForceOrAhead() {
        RunInfo run = new RunInfo("r7", "rollback shop", SHOP, "dana", RunStatus.RUNNING, 1, Map.of(), NOW.minusSeconds(600), null);
        RunInfo old = new RunInfo("r1", "rollback shop", SHOP, "dana", RunStatus.FAILED, 1, Map.of(), NOW.minus(Duration.ofDays(60)), null);
        Freeze recovery = new Freeze(IncidentFreeze.nameFor("rollback shop", "r7"), "", List.of("prod"),
                Recurrence.once(LocalDateTime.ofInstant(NOW.minusSeconds(600), ZoneOffset.UTC), Duration.ofDays(30), ZoneOffset.UTC), true);
        Freeze yearEnd = new Freeze("Year-end freeze", "Peak season", List.of("prod"),
                Recurrence.once(LocalDateTime.of(2026, 12, 15, 0, 0), Duration.ofDays(20), ZoneOffset.UTC), false);
        Freeze past = new Freeze("Black Friday", "", List.of(),
                Recurrence.once(LocalDateTime.of(2026, 11, 27, 0, 0), Duration.ofDays(2), ZoneOffset.UTC), false);
        List<AttentionItem> items = FreezesAndRecoveries.items(List.of(recovery, yearEnd, past), List.of(run, old),
                new RecurrenceExpander(), NOW, Duration.ofDays(14));
        assertThat(items).extracting(AttentionItem::title).containsExactly("Recovery under way: rollback shop", "Freeze ahead: Year-end freeze");
        assertThat(items.get(0).link().kind()).isEqualTo(AttentionLink.Kind.PLAYBOOK_RUN);
        assertThat(items.get(0).link().detail()).isEqualTo("rollback shop");
        assertThat(items.get(1).level()).isEqualTo(AttentionLevel.INFO);
        assertThat(items.get(1).link().when()).isEqualTo(Instant.parse("2026-12-15T00:00:00Z"));
    }

    @Test
    void theOverviewIsCalmOnlyWhenNoItemAsksForActionAndKeepsTheMostUrgentOfALongSection() {
        AttentionLink link = AttentionLink.of(AttentionLink.Kind.COMPLIANCE_RPO, "x", SHOP);
        List<AttentionItem> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new AttentionItem(AttentionSection.COMPLIANCE, AttentionLevel.AT_RISK, "risk " + i, "", link));
        }
        items.add(new AttentionItem(AttentionSection.COMPLIANCE, AttentionLevel.BREACH, "z breach", "", link));
        Attention busy = Attention.of(NOW, items);
        assertThat(busy.items(AttentionSection.COMPLIANCE)).hasSize(Attention.PER_SECTION).first()
                .extracting(AttentionItem::title).isEqualTo("z breach");
        assertThat(busy.more(AttentionSection.COMPLIANCE)).isEqualTo(11 - Attention.PER_SECTION);
        assertThat(busy.needingAction()).isEqualTo(11);
        assertThat(busy.calm()).isFalse();
        Attention calm = Attention.of(NOW, List.of(new AttentionItem(AttentionSection.FREEZES, AttentionLevel.INFO, "Freeze ahead", "",
                AttentionLink.of(AttentionLink.Kind.FREEZE, "f", null))));
        assertThat(calm.calm()).isTrue();
        assertThat(Attention.of(NOW, List.of()).calm()).isTrue();
    }

    @Test
    void backupsFailingMoreOftenInTheDaysBeforeMajorReleasesIsNotable() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        int[] perDay = new int[30];
        perDay[9] = 2;
        perDay[10] = 3;
        perDay[20] = 1;
        FailuresBeforeReleases.Comparison c = FailuresBeforeReleases.compare(from, perDay, List.of(from.plusDays(10), from.plusDays(60)));
        assertThat(c.majorReleases()).isEqualTo(1);
        assertThat(c.beforePerDay()).isEqualTo(5.0 / 3);
        assertThat(c.otherPerDay()).isEqualTo(1.0 / 27);
        assertThat(c.notable()).isTrue();
        assertThat(FailuresBeforeReleases.compare(from, perDay, List.of(from.plusDays(25))).notable()).isFalse();
    }
}
