package io.drillbook.ui.playbook;

import io.drillbook.core.model.Freeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.fakes.InMemoryRunLocks;
import io.drillbook.testing.fakes.InMemoryStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Playbooks screen's view-model without a window: the in-memory stores and run locks, tasks and
 * "FX thread" work on the calling thread. The playbook has a manual step only, so no shell is needed.
 */
class PlaybooksViewModelTest {
    private static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    @TempDir
    Path dir;
    PlaybookScreenFixture fx;
    InMemoryStores stores;
    InMemoryRunLocks lockTable;
    AtomicInteger freezeChanges;
    PlaybooksViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new PlaybookScreenFixture(dir);
        fx.store(new PlaybookStep("Confirm", new StepAction.Manual("Look at the shop", List.of())));
        stores = fx.stores;
        lockTable = fx.lockTable;
        freezeChanges = fx.freezeChanges;
        vm = new PlaybooksViewModel(fx.services);
    }

    @Test
    void listsStoredPlaybooksWithTheirLastRun() {
        vm.load();
        assertThat(vm.rows).containsExactly(new PlaybookRow("rollback shop", "shop/prod", "never run", io.drillbook.ui.common.StatusTone.NEUTRAL));
        assertThat(vm.interrupted).isEmpty();
    }

    @Test
    void choosingAPlaybookShowsItsStartFormAndProductionNeedsItsNameTyped() {
        vm.select("rollback shop");
        Playbook shown = vm.selected.get();
        assertThat(shown.name()).isEqualTo("rollback shop");
        assertThat(vm.cannotStart(shown, "")).isEqualTo("Type 'prod' to confirm a run against production.");
        assertThat(vm.cannotStart(shown, "prod")).isNull();

        vm.start(shown, Map.of(), "staging");
        assertThat(vm.message.get()).isEqualTo("Type 'prod' to confirm a run against production.");
        assertThat(stores.playbookJournal.recent(null, 10)).isEmpty();
    }

    @Test
    void anUnknownPlaybookSaysSo() {
        vm.select("no such playbook");
        assertThat(vm.selected.get()).isNull();
        assertThat(vm.message.get()).contains("no such playbook");
    }

    @Test
    void startingTakesTheRunLockStartsTheFreezeAndShowsTheRun() {
        vm.select("rollback shop");
        vm.start(vm.selected.get(), Map.of(), "prod");

        assertThat(vm.message.get()).isEmpty();
        assertThat(vm.activeRun.get()).isNotNull();
        assertThat(stores.playbookJournal.withStatus(RunStatus.RUNNING)).singleElement()
                .satisfies(r -> assertThat(r.operator()).isEqualTo("alice"));
        assertThat(lockTable.console().holder(LockResources.playbookRun(SHOP_PROD))).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("alice"));
        assertThat(stores.workspace.freezes()).filteredOn(Freeze::activeRecovery).hasSize(1);
        assertThat(freezeChanges.get()).isEqualTo(1);
    }

    @Test
    void aRunHeldByAnotherConsoleIsNotStartedAndSaysWho() {
        RunLock other = lockTable.console();
        other.tryAcquire(LockResources.playbookRun(SHOP_PROD), "bob@ops-2");
        vm.select("rollback shop");
        vm.start(vm.selected.get(), Map.of(), "prod");

        assertThat(vm.message.get()).startsWith("Not started: ").contains("held by bob@ops-2");
        assertThat(vm.activeRun.get()).isNull();
        assertThat(stores.playbookJournal.withStatus(RunStatus.RUNNING)).isEmpty();
        assertThat(freezeChanges.get()).isZero();
    }
}
