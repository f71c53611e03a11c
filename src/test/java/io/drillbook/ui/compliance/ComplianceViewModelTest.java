package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.DayDetail;
import io.drillbook.core.compliance.DayDetailService;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.heatmap.CellStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance heat map's view-model without a window: shop/prod backed up every six hours, web/prod
 * not since 20 February, on the in-memory stores; tasks run on the calling thread.
 */
class ComplianceViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final SystemEnv WEB = new SystemEnv("web", "prod");

    ComplianceViewModel vm;

    @BeforeEach
    void setUp() {
        InMemoryStores stores = new InMemoryStores();
        LocalDate from = LocalDate.parse("2026-01-01");
        stores.workspace.merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, ""), new ProtectedSystem("web", "dave", 2, "")),
                List.of(Policy.of(SHOP, from, Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90)),
                        Policy.of(WEB, from, Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90))),
                List.of(), List.of(), List.of(), List.of()));
        stores.backups.addAll(every(SHOP, Instant.parse("2025-12-01T01:00:00Z"), NOW));
        stores.backups.addAll(every(WEB, Instant.parse("2025-12-01T01:00:00Z"), Instant.parse("2026-02-20T00:00:00Z")));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        vm = new ComplianceViewModel(new ComplianceService(stores.backups.summaries(), stores.workspace, stores.drills.repository(), clock),
                new DayDetailService(stores.backups, stores.workspace, stores.drills.repository()), stores.workspace, clock,
                ZoneOffset.UTC, new CurrentThreadTaskRunner());
    }

    private static List<Backup> every(SystemEnv target, Instant from, Instant to) {
        List<Backup> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(6))) {
            out.add(new Backup(target, BackupSource.DEMO, target + "-" + t, t.minusSeconds(300), t, BackupStatus.SUCCEEDED, 1, "", "",
                    true, null, false));
        }
        return out;
    }

    @Test
    void loadsTheLastNinetyDaysAndSummarisesTodaysBreaches() {
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2025-12-02"));
        vm.load();

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.dataProperty().get().rowCount()).isEqualTo(2);
        assertThat(vm.dataProperty().get().dayCount()).isEqualTo(90);
        assertThat(vm.summaryProperty().get()).startsWith("2 system/environment pairs · 1 in breach today");
        int today = 89;
        assertThat(vm.dataProperty().get().rowLabel(1)).isEqualTo("web/prod");
        assertThat(vm.dataProperty().get().status(1, today)).isEqualTo(CellStatus.BREACH);
        assertThat(vm.dataProperty().get().status(0, today)).isEqualTo(CellStatus.COMPLIANT);
    }

    @Test
    void worstFirstPutsTheBreachingPairOnTop() {
        vm.load();
        vm.orderProperty().set(RowOrder.WORST_FIRST);
        assertThat(vm.dataProperty().get().rowLabel(0)).isEqualTo("web/prod");
    }

    @Test
    void aReversedRangeIsRefusedWithAReason() {
        assertThat(vm.showRange(LocalDate.parse("2026-02-10"), LocalDate.parse("2026-02-01"))).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("Choose a first day on or before the last day, at most five years apart");
        assertThat(vm.showRange(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(vm.dataProperty().get().dayCount()).isEqualTo(28);
    }

    @Test
    void openingACellLoadsThatDaysDetail() {
        vm.showRange(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
        AtomicReference<DayDetail> shown = new AtomicReference<>();
        vm.openDay(1, 24, shown::set);
        assertThat(shown.get().target()).isEqualTo(WEB);
        assertThat(shown.get().day()).isEqualTo(LocalDate.parse("2026-02-25"));
        assertThat(shown.get().backups()).isEmpty();
        assertThat(shown.get().lastBefore()).hasValueSatisfying(b -> assertThat(b.completedAt()).isEqualTo(Instant.parse("2026-02-19T19:00:00Z")));
    }
}
