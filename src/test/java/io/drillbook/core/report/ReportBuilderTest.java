package io.drillbook.core.report;

import io.drillbook.infra.report.ReportFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The report model assembled from a real H2 store holding events shaped as the real runners write them. */
/** The audit report built from the evidence chain, on the in-memory stores (moved from infra.report, same assertions). */
class ReportBuilderTest {
    ReportFixture fx;

    @BeforeEach
    void open() {
        fx = ReportFixture.inMemory().seed();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private DrillEntry drill(AuditReport r, String runId) {
        return r.drills().stream().filter(d -> d.runId().equals(runId)).findFirst().orElseThrow();
    }

    @Test
    void drillCarriesItsBackupTargetsVerdictsEveryStepCheckManualStepAndGap() {
        DrillEntry drill = drill(fx.octoberReport(), "drill-1");
        assertThat(drill.status()).isEqualTo("PASSED");
        assertThat(drill.backupId()).isEqualTo("snap-4");
        assertThat(drill.backupCompletedAt()).isEqualTo(Instant.parse("2026-10-05T02:00:00Z"));
        assertThat(drill.achievedRpo()).isEqualTo(Duration.ofHours(6));
        assertThat(drill.rpoTarget()).isEqualTo(Duration.ofHours(24));
        assertThat(drill.recoveryTime()).isEqualTo(Duration.ofMinutes(23));
        assertThat(drill.rtoVerdict()).isEqualTo("met");
        assertThat(drill.steps()).extracting(s -> s.name() + ":" + s.state())
                .containsExactly("Restore part 1:PASSED", "Point the app config at the drill database:PASSED", "Orders present:PASSED");
        assertThat(drill.steps().get(0).exitStatus()).isEqualTo("0");
        assertThat(drill.steps().get(1).kind()).isEqualTo("MANUAL");
        assertThat(drill.steps().get(1).confirmedBy()).isEqualTo("bob");
        assertThat(drill.steps().get(1).confirmedAt()).isEqualTo(Instant.parse("2026-10-05T08:19:00Z"));
        assertThat(drill.steps().get(2).expected()).isEqualTo(">= 5000");
        assertThat(drill.steps().get(2).actual()).isEqualTo("6000");
        assertThat(drill.gaps()).extracting(g -> g.owner() + " " + g.due() + " " + g.status()).containsExactly("bob 2026-10-19 OPEN");
    }

    @Test
    void failedDrillDemonstratesNoRtoEvenWhenItsEvidenceSaysRtoMet() {
        DrillEntry failed = drill(fx.octoberReport(), ReportFixture.LONG_RUN);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.rtoVerdict()).isEqualTo("not demonstrated");
        assertThat(failed.rpoVerdict()).isEqualTo("not demonstrated");
        assertThat(failed.steps().get(2).actual()).isEqualTo("12");
    }

    @Test
    void completedPlaybookRunIsCompletedAndSavesAndDryRunsAreNoRuns() {
        AuditReport report = fx.octoberReport();
        assertThat(report.playbookRuns()).extracting(r -> r.runId() + " " + r.status()).containsExactly("pb-1 COMPLETED");
        assertThat(report.playbookRuns().get(0).steps()).extracting(s -> s.name() + " by " + s.actor())
                .containsExactly("Drain traffic by carol", "Step 2 by carol");
        assertThat(report.playbookRuns().get(0).timeline()).extracting(t -> t.kind())
                .startsWith("playbook.started", "playbook.freeze.started").endsWith("playbook.finished", "playbook.freeze.lifted");
    }

    @Test
    void gateDecisionsNameTheFailingGatesAndWaiversTheirExpiry() {
        AuditReport report = fx.octoberReport();
        assertThat(report.gateDecisions()).extracting(g -> g.release() + " " + g.outcome() + ": " + g.reason())
                .containsExactly("REL-1042 no-go: DRILL_FRESH fail: newest passing drill is 97 days old");
        assertThat(report.waivers()).extracting(g -> g.actor() + " waived " + g.outcome() + " until " + g.expires())
                .containsExactly("dave waived DRILL_FRESH until 2026-10-20T00:00:00Z");
    }

    @Test
    void openGapPastItsDueDateIsOverdueAndAClosedOneIsNotOpen() {
        AuditReport report = fx.octoberReport();
        assertThat(report.openGaps()).singleElement().satisfies(g -> assertThat(g.overdue()).isTrue());
        assertThat(report.summary().overdueGaps()).isEqualTo(1);
        long gapSeq = report.openGaps().get(0).seq();
        fx.log.record("drill.gap.closed", "drill-1", Map.of("gapSeq", Long.toString(gapSeq), "note", "grant scripted"));
        AuditReport later = fx.builder().build(ReportFixture.october(), Optional.of(Instant.parse("2026-11-02T00:00:00Z")), "carol");
        assertThat(later.openGaps()).isEmpty();
        assertThat(later.gaps()).extracting(g -> g.status() + " " + g.note()).containsExactly("CLOSED grant scripted");
    }

    @Test
    void daysBeforeAPolicyAndAfterTheAsOfTimeAreNotScored() {
        AuditReport wide = fx.builder().build(ReportScope.all(LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31)),
                Optional.of(ReportFixture.GENERATED_AT), "carol");
        ComplianceLine crm = wide.compliance().stream().filter(c -> c.system().equals("crm")).findFirst().orElseThrow();
        // crm's policy starts 2026-10-15; as of 2026-11-01 09:00 the days 10-15 .. 11-01 have begun: 18 days.
        assertThat(crm.scoredDays()).isEqualTo(18);
        ComplianceLine shop = wide.compliance().stream().filter(c -> c.system().equals("shop")).findFirst().orElseThrow();
        assertThat(shop.scoredDays()).isEqualTo(305);
        assertThat(shop.rpoBreachDays()).isLessThanOrEqualTo(shop.scoredDays());
        assertThat(shop.daily()).hasSize(3652).endsWith("----");
    }

    @Test
    void complianceCountsRpoBreachesAndNamesTheNewestPassingDrill() {
        ComplianceLine shop = fx.octoberReport().compliance().stream().filter(c -> c.system().equals("shop")).findFirst().orElseThrow();
        assertThat(shop.scoredDays()).isEqualTo(31);
        // Nightly backups 10-01..10-20 complete at 01:30; from 10-22 the newest is over 24 h old all day.
        assertThat(shop.rpoBreachDays()).isEqualTo(11);
        assertThat(shop.newestPassingDrill()).isEqualTo("2026-10-05");
        assertThat(shop.verdict()).isEqualTo("out of policy");
        assertThat(fx.octoberReport().summary().outOfPolicy()).contains("shop/prod");
    }

    @Test
    void reportTimeIsTheChainHeadsTimeSoTheSameEvidenceGivesTheSameReport() {
        AuditReport a = fx.builder().build(ReportFixture.october(), Optional.empty(), "carol");
        AuditReport b = fx.builder().build(ReportFixture.october(), Optional.empty(), "carol");
        assertThat(a.cover().asOf()).isEqualTo(fx.evidence.head().orElseThrow().time());
        assertThat(a).isEqualTo(b);
        assertThat(a.cover().chainVerified()).isTrue();
        assertThat(a.cover().chainEvents()).isEqualTo(fx.evidence.head().orElseThrow().seq());
    }

    @Test
    void scopeOfOneSystemLeavesOtherSystemsEventsAndRunsOut() {
        AuditReport crm = fx.builder().build(new ReportScope(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                Set.of("crm"), Set.of()), Optional.of(ReportFixture.GENERATED_AT), "carol");
        assertThat(crm.events()).extracting(e -> e.kind()).containsExactly("backup.imported");
        assertThat(crm.drills()).isEmpty();
        assertThat(crm.playbookRuns()).isEmpty();
        assertThat(crm.compliance()).extracting(c -> c.system()).containsExactly("crm");
    }
}
