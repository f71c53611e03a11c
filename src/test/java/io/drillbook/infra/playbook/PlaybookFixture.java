package io.drillbook.infra.playbook;

import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRecovery;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.local.LocalRemoteShell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A real H2 file store in a temp folder, the local shell as profile "local", and a playbook runner over them. */
final class PlaybookFixture implements AutoCloseable {
    final Path dir;
    final Clock clock = Clock.systemUTC();
    final Database db;
    final EvidenceLog evidence;
    final JdbcWorkspaceRepository workspace;
    final JdbcPlaybookJournal journal;
    final IncidentFreeze freeze;
    final Map<String, ConnectionProfile> profiles = new HashMap<>();
    final Map<String, StorageProfile> storageProfiles = new HashMap<>();
    /** Opens object stores for storage steps; none unless a test sets it. */
    Function<StorageProfile, ObjectStore> stores;
    RemoteShellFactory sshShells = profile -> {
        throw new IllegalStateException("no SSH in this test");
    };
    ConnectionTester sshTester = profile -> ConnectionTest.failed(profile.name(), "connect", null, null, "no SSH here");

    PlaybookFixture(Path dir) {
        this.dir = dir;
        this.db = Database.embedded(dir.resolve("db"));
        this.evidence = new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "system");
        this.workspace = new JdbcWorkspaceRepository(db);
        this.journal = new JdbcPlaybookJournal(db);
        this.freeze = new IncidentFreeze(workspace, evidence, clock);
        profiles.put("local", ConnectionProfile.local("local"));
    }

    PlaybookConnections connections() {
        RemoteShellFactory shells = p -> p.kind() == ConnectionKind.LOCAL ? new LocalRemoteShell(p) : sshShells.open(p);
        ConnectionTester tester = p -> p.kind() == ConnectionKind.LOCAL
                ? ConnectionTest.passed(p.name(), null, null, "local", Duration.ZERO) : sshTester.test(p);
        return new PlaybookConnections(name -> Optional.ofNullable(profiles.get(name)), shells,
                name -> Optional.ofNullable(storageProfiles.get(name)), stores, null, null, tester, null);
    }

    PlaybookRunner runner() {
        return new PlaybookRunner(evidence, journal, freeze, connections(), Authorizer.UNRESTRICTED, clock);
    }

    PlaybookRecovery recovery() {
        return new PlaybookRecovery(journal, evidence, clock);
    }

    static PlaybookStep run(String name, String command) {
        return new PlaybookStep(name, new StepAction.Run("local", command, 0, null, null));
    }

    static PlaybookGate answering(GateAnswer manual, GateAnswer approval) {
        return new PlaybookGate() {
            @Override
            public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual m, CancellationToken cancel) {
                return manual;
            }

            @Override
            public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval a, CancellationToken cancel) {
                return approval;
            }
        };
    }

    static Playbook playbook(PlaybookStep... steps) {
        return new Playbook("rollback shop", "", "shop", "prod", List.of(), List.of(steps));
    }

    PlaybookRequest request(Playbook playbook, String operator) {
        return new PlaybookRequest(playbook, Map.of(), operator, dir.resolve("output"));
    }

    PlaybookRun start(Playbook playbook, PlaybookGate gate, PlaybookListener listener) {
        return runner().start(request(playbook, "alice"), gate, listener);
    }

    List<Freeze> activeRecoveryFreezes() {
        return workspace.freezes().stream().filter(Freeze::activeRecovery).toList();
    }

    List<EvidenceEvent> events(String kindPrefix) {
        return evidence.repository().find(EvidenceQuery.all(10_000).withKindPrefix(kindPrefix));
    }

    @Override
    public void close() {
        db.close();
    }
}
