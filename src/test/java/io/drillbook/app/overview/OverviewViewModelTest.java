package io.drillbook.app.overview;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.overview.Attention;
import io.drillbook.core.overview.AttentionItem;
import io.drillbook.core.overview.AttentionLink;
import io.drillbook.core.overview.AttentionSection;
import io.drillbook.core.report.GapRegister;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.overview.FirstLook;
import io.drillbook.ui.overview.OverviewLinks;
import io.drillbook.ui.overview.OverviewViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's view-model on real stores (embedded H2), run on the calling thread: no window. */
class OverviewViewModelTest {
    @TempDir
    Path dir;

    private final List<AttentionLink> opened = new ArrayList<>();
    private final OverviewLinks recording = new OverviewLinks() {
        @Override
        public void open(AttentionLink link) {
            opened.add(link);
        }

        @Override
        public void openSection(AttentionSection section) {
        }
    };

    private static OverviewViewModel model(AppContext ctx, OverviewLinks links) {
        return new OverviewViewModel(module(ctx).services(), new CurrentThreadTaskRunner(), links);
    }

    @Test
    void theDemoShowsItsUpcomingReleasesWithTheirGatesAndAGapPastDueAndAFailedRefreshWithTheirOwners() {
        try (AppContext ctx = new AppContext(new AppConfig(dir.resolve("demo"), null, "alice"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            Map<String, Object> gap = new LinkedHashMap<>();
            gap.put("system", "shop");
            gap.put("environment", "prod");
            gap.put("description", "role grant had to be run by hand");
            gap.put("owner", "bob");
            gap.put("dueDate", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
            ctx.platform().evidenceLog().record("drill.gap", "run-7", gap);
            ctx.platform().evidenceLog().record(InventoryRefresher.EVENT_KIND, "nightly-restic",
                    Map.of("source", "nightly-restic", "outcome", "failed", "problem", "exit 1: repository is already locked"));
            OverviewViewModel vm = model(ctx, recording);

            vm.load();

            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.READY);
            assertThat(vm.items(AttentionSection.RELEASES)).extracting(AttentionItem::title).anyMatch(t -> t.startsWith("REL-1042 "));
            assertThat(vm.items(AttentionSection.RELEASES)).allMatch(i -> i.detail().startsWith("go") || i.detail().startsWith("no-go · "));
            // The demo's own failed catalog drill recorded a gap that is past due too; the one planted here is shop/prod's.
            assertThat(vm.items(AttentionSection.GAPS)).extracting(AttentionItem::title).anyMatch(t -> t.startsWith("catalog/prod: "));
            assertThat(vm.items(AttentionSection.GAPS)).filteredOn(i -> i.title().startsWith("shop/prod: ")).singleElement().satisfies(i -> {
                assertThat(i.title()).isEqualTo("shop/prod: role grant had to be run by hand");
                assertThat(i.detail()).startsWith("owner bob · due ").endsWith("(3 days ago)");
            });
            assertThat(vm.items(AttentionSection.IMPORTS)).singleElement().extracting(AttentionItem::detail)
                    .isEqualTo("exit 1: repository is already locked");
            assertThat(vm.headlineProperty().get()).matches("\\d+ items need your attention");
            assertThat(vm.trendProperty().get().days()).isEqualTo(91);
            assertThat(vm.trendProperty().get().totalFailures()).as("the demo's failed backups of the quarter").isPositive();
            assertThat(vm.trendSummaryProperty().get()).contains("failed backups", "in the last 91 days");

            AttentionItem release = vm.items(AttentionSection.RELEASES).get(0);
            vm.open(release);
            assertThat(opened).containsExactly(release.link());
            assertThat(vm.when(release)).isNotEmpty();
        }
    }

    @Test
    void anEmptyWorkspaceIsCalmWhichIsNotTheSameAsLoading() {
        try (AppContext ctx = new AppContext(new AppConfig(dir.resolve("empty"), null, "alice"), Clock.systemUTC())) {
            OverviewViewModel vm = model(ctx, OverviewLinks.NONE);
            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.LOADING);
            assertThat(vm.headlineProperty().get()).isNotEqualTo("Nothing needs your attention");

            vm.load();

            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.READY);
            assertThat(vm.headlineProperty().get()).isEqualTo("Nothing needs your attention");
            for (AttentionSection s : AttentionSection.values()) {
                assertThat(vm.items(s)).as(s.name()).isEmpty();
            }
            assertThat(vm.trendSummaryProperty().get()).isEqualTo("No failed backup, drill or release in the last 91 days.");
        }
    }

    @Test
    void aStoreThatCannotBeReadSaysSoInsteadOfLookingCalm() {
        AppContext ctx = new AppContext(new AppConfig(dir.resolve("closed"), null, "alice"), Clock.systemUTC());
        OverviewViewModel vm = model(ctx, OverviewLinks.NONE);
        ctx.close();

        vm.load();

        assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.FAILED);
        assertThat(vm.headlineProperty().get()).startsWith("Could not gather what needs attention");
        assertThat(vm.trendStateProperty().get()).isEqualTo(OverviewViewModel.State.FAILED);
    }

    /** The overview's services on {@code ctx}, as the console builds them. */
    private static OverviewModule module(AppContext ctx) {
        return new OverviewModule(ctx.platform().workspaceRepository(), ctx.inventory().backupRepository(), ctx.calendar().waiverRepository(),
                ctx.platform().evidenceLog(), ctx.compliance().complianceService(), ctx.inventory().daySummaries(), ctx.drills().drillRunRepository(),
                new GapRegister(ctx.platform().evidenceLog()), ctx.playbooks().playbookJournal(), ctx.calendar().recurrenceExpander(),
                ctx.platform().clock(), ctx.compliance().complianceZone(), ZoneOffset.UTC);
    }

    @Test
    void theFirstLoadShowsTheFirstLookItWasGivenAndTheNextLoadAsksAgain() {
        try (AppContext ctx = new AppContext(new AppConfig(dir.resolve("demo"), null, "alice"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            OverviewModule module = module(ctx);
            // A calm answer the demo workspace would never give: what the first load shows can only come from it.
            Attention calm = Attention.of(Instant.now(), List.of());
            OverviewViewModel vm = new OverviewViewModel(module.services(), new CurrentThreadTaskRunner(), recording);
            vm.startFrom(new FirstLook(CompletableFuture.completedFuture(calm),
                    CompletableFuture.completedFuture(module.services().trend().lastQuarter())));

            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.READY);
            assertThat(vm.headlineProperty().get()).isEqualTo("Nothing needs your attention");
            assertThat(vm.trendStateProperty().get()).isEqualTo(OverviewViewModel.State.READY);

            vm.load();
            assertThat(vm.headlineProperty().get()).as("the second load asks the services").matches("\\d+ items need your attention");
        }
    }

    @Test
    void aFirstLookThatFailedSaysWhyAndTheNextLoadAsksAgain() {
        try (AppContext ctx = new AppContext(new AppConfig(dir.resolve("demo"), null, "alice"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            OverviewModule module = module(ctx);
            OverviewViewModel vm = new OverviewViewModel(module.services(), new CurrentThreadTaskRunner(), recording);
            vm.startFrom(new FirstLook(CompletableFuture.failedFuture(new IllegalStateException("the store went away")),
                    CompletableFuture.completedFuture(module.services().trend().lastQuarter())));

            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.FAILED);
            assertThat(vm.headlineProperty().get()).isEqualTo("Could not gather what needs attention: the store went away");
            assertThat(vm.trendStateProperty().get()).as("the trend's own answer is shown").isEqualTo(OverviewViewModel.State.READY);

            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(OverviewViewModel.State.READY);
        }
    }

    @Test
    void aFirstLookStillUnderWayIsWaitedForNotAskedAgain() {
        try (AppContext ctx = new AppContext(new AppConfig(dir.resolve("demo"), null, "alice"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            OverviewModule module = module(ctx);
            Attention calm = Attention.of(Instant.now(), List.of());
            // Not done when load() looks at it; answered only when waited for (on the task runner's thread).
            CompletableFuture<Attention> underWay = new CompletableFuture<>() {
                @Override
                public Attention get() throws InterruptedException, java.util.concurrent.ExecutionException {
                    complete(calm);
                    return super.get();
                }
            };
            OverviewViewModel vm = new OverviewViewModel(module.services(), new CurrentThreadTaskRunner(), recording);
            vm.startFrom(new FirstLook(underWay, CompletableFuture.completedFuture(module.services().trend().lastQuarter())));

            vm.load();
            assertThat(vm.headlineProperty().get()).isEqualTo("Nothing needs your attention");
        }
    }
}
