package io.drillbook.core.playbook;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.team.Authorizer;
import io.drillbook.infra.local.LocalRemoteShell;
import io.drillbook.testing.fakes.InMemoryPlaybookJournal;
import io.drillbook.testing.fakes.InMemoryStores;
import io.drillbook.testing.fakes.InMemoryWorkspaceRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A playbook runner on the in-memory stores. Commands run in the real local shell (profile
 * "local"): the one adapter these rule tests keep, since a step's outcome is what a shell says.
 */
final class PlaybookRunFixture {
    final Path dir;
    final Clock clock = Clock.systemUTC();
    final InMemoryStores stores = new InMemoryStores();
    final EvidenceLog evidence = stores.evidenceLog(clock, () -> "system");
    final InMemoryPlaybookJournal journal = stores.playbookJournal;
    final InMemoryWorkspaceRepository workspace = stores.workspace;
    final IncidentFreeze freeze = new IncidentFreeze(stores.workspace, evidence, clock);

    PlaybookRunFixture(Path dir) {
        this.dir = dir;
    }

    PlaybookConnections connections() {
        ConnectionProfile local = ConnectionProfile.local("local");
        RemoteShellFactory shells = LocalRemoteShell::new;
        return new PlaybookConnections(name -> Optional.of(local).filter(p -> p.name().equals(name)), shells,
                name -> Optional.empty(), null, null, null,
                p -> ConnectionTest.passed(p.name(), null, null, "local", Duration.ZERO), null);
    }

    PlaybookRunner runner() {
        return new PlaybookRunner(evidence, journal, freeze, connections(), Authorizer.UNRESTRICTED, clock);
    }

    static Playbook playbook(PlaybookStep... steps) {
        return new Playbook("rollback shop", "", "shop", "prod", List.of(), List.of(steps));
    }

    PlaybookRun start(Playbook playbook, PlaybookGate gate, PlaybookListener listener) {
        return runner().start(new PlaybookRequest(playbook, Map.of(), "alice", dir.resolve("output")), gate, listener);
    }

    List<Freeze> activeRecoveryFreezes() {
        return stores.workspace.freezes().stream().filter(Freeze::activeRecovery).toList();
    }

    List<EvidenceEvent> events(String kindPrefix) {
        return evidence.repository().find(EvidenceQuery.all(10_000).withKindPrefix(kindPrefix));
    }
}
