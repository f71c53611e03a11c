package io.drillbook.ui.playbook;

import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookFormat;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.RunLocks;
import io.drillbook.testing.fakes.InMemoryRunLocks;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.ui.common.CurrentThreadTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The playbook screens' services on the in-memory stores and run locks, with tasks and "FX thread"
 * work on the calling thread. No shell: playbooks here have manual, approval and wait steps.
 */
final class PlaybookScreenFixture {
    final InMemoryStores stores = new InMemoryStores();
    final Clock clock = Clock.systemUTC();
    final EvidenceLog evidence = stores.evidenceLog(clock, () -> "alice");
    final InMemoryRunLocks lockTable = new InMemoryRunLocks(clock);
    final AtomicInteger freezeChanges = new AtomicInteger();
    final PlaybookLibrary library = new PlaybookLibrary(stores.playbooks, new RememberingFormat(), evidence, Authorizer.UNRESTRICTED, clock);
    final PlaybookServices services;

    PlaybookScreenFixture(Path dir) {
        PlaybookConnections connections = new PlaybookConnections(name -> Optional.empty(), p -> {
            throw new IllegalStateException("no shell in this test");
        }, null, null, null, null, p -> ConnectionTest.passed(p.name(), null, null, "none", Duration.ZERO), null);
        IncidentFreeze freeze = new IncidentFreeze(stores.workspace, evidence, clock);
        services = new PlaybookServices(library, stores.playbookJournal,
                () -> new PlaybookRunner(evidence, stores.playbookJournal, freeze, connections, Authorizer.UNRESTRICTED, clock),
                new StepTimings(stores.playbookJournal), new RunLocks(lockTable.console(), ZoneOffset.UTC), Authorizer.UNRESTRICTED,
                dir, "alice", clock, ZoneOffset.UTC, new CurrentThreadTaskRunner(), Runnable::run, freezeChanges::incrementAndGet, null);
    }

    /** Stores a playbook "rollback shop" on shop/prod with {@code steps}. */
    void store(PlaybookStep... steps) {
        library.save(new Playbook("rollback shop", "", "shop", "prod", List.of(), List.of(steps)), "test");
    }

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
}
