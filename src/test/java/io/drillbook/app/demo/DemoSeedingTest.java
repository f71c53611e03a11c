package io.drillbook.app.demo;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.infra.demo.DemoManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start seeds the demo from assets/demo: the workspace first, then its history through the real runners. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedingTest {
    /** A day long after the files' anchor, at a minute no past run was written for. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-09T13:37:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataDir;
    private AppContext ctx;
    private DemoManifest manifest;
    private ZoneId zone;
    private boolean pendingBetweenParts;

    @BeforeAll
    void seed() {
        ctx = new AppContext(new AppConfig(dataDir, null, "tester"), CLOCK);
        manifest = DemoAssets.manifest();
        zone = ZoneId.of(manifest.zone());
        DemoSeeding seeding = new DemoSeeding(ctx);
        assertThat(seeding.seedWorkspaceIfEmpty()).isTrue();
        pendingBetweenParts = seeding.historyPending();
        seeding.seedHistory();
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    @Test
    void theWorkspaceIsTheAssetFileMovedToToday() {
        Workspace file = DemoAssets.workspace(CLOCK);
        assertThat(ctx.platform().workspaceRepository().systems()).hasSameSizeAs(file.systems()).hasSize(12);
        assertThat(ctx.platform().workspaceRepository().load().releases()).hasSameSizeAs(file.releases());
        assertThat(ctx.drills().drillPlanLibrary().all()).hasSize(manifest.drillPlans().size());
        // Written for 2026-11-21 (a Saturday), REL-1042 is on the Wednesday after the following Monday;
        // dates move by whole weeks, so it stays on the Wednesday of the week after today's.
        LocalDate today = LocalDate.now(CLOCK.withZone(zone));
        Instant rel1042 = file.releases().stream().filter(r -> r.id().equals("REL-1042")).findFirst().orElseThrow().start();
        assertThat(LocalDate.ofInstant(rel1042, zone))
                .isEqualTo(today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).plusDays(2));
    }

    @Test
    void theHistoryFollowsTheWorkspaceAndIsMarkedComplete() {
        assertThat(pendingBetweenParts).as("history pending after the workspace part").isTrue();
        assertThat(new DemoSeeding(ctx).historyPending()).isFalse();
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(5).withKindPrefix(DemoSeeding.DONE))).hasSize(1);
        assertThat(new DemoSeeding(ctx).seedAllIfEmpty()).isFalse();
    }

    @Test
    void pastDrillsRanAtVariedTimesOfDayNotAtTheMinuteOfTheFirstStart() {
        List<DrillSummary> drills = ctx.drills().drillRunRepository().recent(1000);
        Set<LocalTime> minutes = drills.stream().map(d -> LocalTime.ofInstant(d.startedAt(), zone).withSecond(0).withNano(0))
                .collect(Collectors.toSet());
        assertThat(minutes).hasSizeGreaterThan(drills.size() / 2);
        assertThat(minutes).doesNotContain(LocalTime.ofInstant(CLOCK.instant(), zone));
        for (DemoManifest.PastDrill past : manifest.pastDrills()) {
            assertThat(replayOf(past)).as(past.daysAgo() + " days ago at " + past.at()).isNotNull();
        }
    }

    @Test
    void theDamagedRestoreFailedAndItsGapIsRecorded() {
        DemoManifest.PastDrill damaged = manifest.pastDrills().stream().filter(d -> d.damage() != null).findFirst().orElseThrow();
        DrillSummary run = replayOf(damaged);
        assertThat(run.result()).isEqualTo(RunResult.FAILED);
        assertThat(run.target()).isEqualTo(new SystemEnv("catalog", "prod"));
        List<EvidenceEvent> gaps = ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("drill.gap")
                .withSubjectPrefix(run.runId()));
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).actor()).isEqualTo(damaged.operator());
        assertThat(gaps.get(0).payload()).contains(damaged.gap().owner())
                .contains(LocalDate.ofInstant(run.startedAt(), zone).plusDays(damaged.gap().dueInDays()).toString());
        manifest.pastDrills().stream().filter(d -> d.damage() == null)
                .forEach(d -> assertThat(replayOf(d).result()).isEqualTo(RunResult.PASSED));
    }

    @Test
    void thePlaybookRunCompletedAtItsPastMomentAndLeftTheDemoRunnableAgain() {
        DemoManifest.PastPlaybookRun past = manifest.pastPlaybookRuns().get(0);
        List<RunInfo> runs = ctx.playbooks().playbookJournal().runsOf(past.playbook(), 10);
        assertThat(runs).hasSize(1);
        RunInfo run = runs.get(0);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.startedAt()).isBetween(moment(past.daysAgo(), past.at()), moment(past.daysAgo(), past.at()).plusSeconds(60));
        assertThat(run.operator()).isEqualTo(past.operator());
        assertThat(DemoSeeding.playbookFolder(ctx).resolve("live/app.conf")).hasContent("port=broken");
        assertThat(ctx.platform().workspaceRepository().freezes().stream().filter(f -> f.name().contains(past.playbook()))
                .filter(f -> !ctx.calendar().recurrenceExpander().between(f.when(), CLOCK.instant(), CLOCK.instant().plusSeconds(1)).isEmpty()))
                .as("no recovery freeze left active").isEmpty();
    }

    @Test
    void everythingSeededIsInAnIntactChain() {
        assertThat(ctx.platform().evidenceLog().verify().isIntact()).isTrue();
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("drill.finished"))).hasSize(manifest.pastDrills().size());
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("playbook.finished")))
                .hasSize(manifest.pastPlaybookRuns().size());
    }

    private DrillSummary replayOf(DemoManifest.PastDrill past) {
        Instant at = moment(past.daysAgo(), past.at());
        return ctx.drills().drillRunRepository().recent(1000).stream()
                .filter(d -> !d.startedAt().isBefore(at) && d.startedAt().isBefore(at.plusSeconds(60)))
                .findFirst().orElse(null);
    }

    private Instant moment(int daysAgo, LocalTime at) {
        return LocalDate.now(CLOCK.withZone(zone)).minusDays(daysAgo).atTime(at).atZone(zone).toInstant();
    }
}
