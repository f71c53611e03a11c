package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.fakes.InMemoryDrillRuns;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill history without a window: the in-memory drill runs and tasks on the calling thread. */
class DrillHistoryViewModelTest {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    private static DrillSummary drill(String id, Instant started, RunResult result, Duration recovery) {
        return new DrillSummary(id, SHOP, "shop-db", "b", started, started.plus(recovery), result, Duration.ofHours(6), recovery,
                recovery, Duration.ZERO, "bob");
    }

    @Test
    void listsTheRecentDrillsNewestFirstWithTheirRtoVerdict() {
        InMemoryDrillRuns runs = new InMemoryDrillRuns();
        runs.repository().save(drill("fast", T0, RunResult.PASSED, Duration.ofMinutes(23)));
        runs.repository().save(drill("slow", T0.plusSeconds(86_400), RunResult.PASSED, Duration.ofHours(5)));
        runs.repository().save(drill("broken", T0.plusSeconds(2 * 86_400), RunResult.FAILED, Duration.ofMinutes(10)));
        DrillHistoryViewModel vm = new DrillHistoryViewModel(runs.repository(), new CurrentThreadTaskRunner(),
                d -> RtoVerdict.of(d, Duration.ofHours(4)));

        assertThat(vm.drills()).isEmpty();
        vm.load();

        assertThat(vm.drills()).extracting(DrillSummary::runId).containsExactly("broken", "slow", "fast");
        assertThat(vm.drills()).extracting(vm::rto).containsExactly("RTO not demonstrated", "RTO missed", "within RTO");
    }

    @Test
    void withoutAPolicyAPassingDrillHasNoRtoToCompareWith() {
        InMemoryDrillRuns runs = new InMemoryDrillRuns();
        runs.repository().save(drill("fast", T0, RunResult.PASSED, Duration.ofMinutes(23)));
        DrillHistoryViewModel vm = new DrillHistoryViewModel(runs.repository(), new CurrentThreadTaskRunner());
        vm.load();
        assertThat(vm.rto(vm.drills().get(0))).isEqualTo("no RTO to compare with");
    }
}
