package io.drillbook.ui.playbook;

import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookFormat;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.fakes.InMemoryRunLocks;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    InMemoryStores stores;
    InMemoryRunLocks lockTable;
    AtomicInteger freezeChanges = new AtomicInteger();
    PlaybooksViewModel vm;

    /** Keeps written playbooks by their text, as the YAML format would round-trip them. */
    static final class RememberingFormat implements PlaybookFormat {
        private final Map<String, Playbook> written = new HashMap<>();

        @Override
        public Playbook read(String text, String fileName) {
            return Optional.ofNullable(written.get(text)).orElseThrow(() -> new IllegalArgumentException(fileName + ":1:1: unknown"));
        }

        @Override
        public String write(Playbook playbook) {
            String text = "playbook: " + playbook.name();
            written.put(text, playbook);
            return text;
        }
    }

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        Clock clock = Clock.systemUTC();
        EvidenceLog evidence = stores.evidenceLog(clock, () -> "alice");
        lockTable = new InMemoryRunLocks(clock);
        PlaybookLibrary library = new PlaybookLibrary(stores.playbooks, new RememberingFormat(), evidence, Authorizer.UNRESTRICTED, clock);
        library.save(new Playbook("rollback shop", "", "shop", "prod", List.of(),
                List.of(new PlaybookStep("Confirm", new StepAction.Manual("Look at the shop", List.of())))), "test");
        PlaybookConnections connections = new PlaybookConnections(name -> Optional.empty(), p -> {
            throw new IllegalStateException("no shell in this test");
        }, null, null, null, null, p -> ConnectionTest.passed(p.name(), null, null, "none", Duration.ZERO), null);
        IncidentFreeze freeze = new IncidentFreeze(stores.workspace, evidence, clock);
        PlaybookServices services = new PlaybookServices(library, stores.playbookJournal,
                () -> new PlaybookRunner(evidence, stores.playbookJournal, freeze, connections, Authorizer.UNRESTRICTED, clock),
                new StepTimings(stores.playbookJournal), new RunLocks(lockTable.console(), ZoneOffset.UTC), Authorizer.UNRESTRICTED,
                dir, "alice", clock, ZoneOffset.UTC, new CurrentThreadTaskRunner(), Runnable::run, freezeChanges::incrementAndGet, null);
        vm = new PlaybooksViewModel(services);
    }

    @Test
    void listsStoredPlaybooksWithTheirLastRun() {
        vm.load();
        assertThat(vm.rows).containsExactly(new PlaybookRow("rollback shop", "shop/prod", "never run"));
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
