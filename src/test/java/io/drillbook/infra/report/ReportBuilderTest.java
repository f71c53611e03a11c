package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.DrillEntry;
import io.drillbook.core.report.ReportScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The report model assembled from a real H2 store. */
class ReportBuilderTest {
    @TempDir
    Path dir;
    ReportFixture fx;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir).seed();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AuditReport october() {
        return fx.builder().build(ReportFixture.october(), ReportFixture.GENERATED_AT, "carol");
    }

    @Test
    void drillIsJudgedAgainstThePolicyInForceWithItsStepsChecksAndGaps() {
        DrillEntry drill = october().drills().get(0);
        assertThat(drill.achievedRpo()).isEqualTo(Duration.ofHours(6));
        assertThat(drill.rpoTarget()).isEqualTo(Duration.ofHours(24));
        assertThat(drill.rpoVerdict()).isEqualTo("met");
        assertThat(drill.rtoVerdict()).isEqualTo("met");
        assertThat(drill.steps()).extracting(s -> s.name()).containsExactly("Restore dump", "Orders present");
        assertThat(drill.steps().get(1).detail()).isEqualTo("expected >= 5000, actual 6000");
        assertThat(drill.gaps()).extracting(g -> g.owner()).containsExactly("bob");
    }

    @Test
    void playbookRunTimelineGateDecisionsAndWaiversAreCollected() {
        AuditReport report = october();
        assertThat(report.playbookRuns()).hasSize(1);
        assertThat(report.playbookRuns().get(0).result()).isEqualTo("PASSED");
        assertThat(report.playbookRuns().get(0).playbook()).isEqualTo("rollback shop release");
        assertThat(report.playbookRuns().get(0).timeline()).extracting(s -> s.name())
                .containsExactly("playbook.started", "Drain traffic", "DBA approval", "playbook.finished");
        assertThat(report.gateDecisions()).extracting(g -> g.outcome()).containsExactly("no-go");
        assertThat(report.waivers()).extracting(g -> g.outcome() + " until " + g.expires())
                .containsExactly("drill-fresh until 2026-10-20T00:00:00Z");
    }

    @Test
    void coverNamesTheChainHeadAndTheSegmentOfThePeriod() {
        AuditReport report = october();
        assertThat(report.cover().headHash()).isEqualTo(fx.evidence.head().orElseThrow().hash());
        assertThat(report.cover().firstSeq()).isEqualTo(1);
        assertThat(report.cover().lastSeq()).isEqualTo(13);
        assertThat(report.events()).hasSize(13);
    }

    @Test
    void scopeOfOneSystemLeavesOtherSystemsEventsOut() {
        AuditReport crm = fx.builder().build(new ReportScope(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                Set.of("crm"), Set.of()), ReportFixture.GENERATED_AT, "carol");
        assertThat(crm.events()).extracting(e -> e.kind()).containsExactly("backup.imported");
        assertThat(crm.drills()).isEmpty();
        assertThat(crm.compliance()).extracting(c -> c.system()).containsExactly("crm");
        assertThat(crm.compliance().get(0).unknownDays()).isEqualTo(31);
    }

    @Test
    void complianceCountsDaysWhoseNewestBackupIsOlderThanTheRpo() {
        var shop = october().compliance().stream().filter(c -> c.system().equals("shop")).findFirst().orElseThrow();
        assertThat(shop.days()).isEqualTo(31);
        assertThat(shop.breachDays()).isEqualTo(11);
    }

    @Test
    void closedGapIsNoLongerOpen() {
        assertThat(october().openGaps()).hasSize(1);
        long gapSeq = october().openGaps().get(0).seq();
        fx.log.record("drill.gap.closed", "shop/prod", Map.of("gapSeq", gapSeq));
        assertThat(october().openGaps()).isEmpty();
    }
}
