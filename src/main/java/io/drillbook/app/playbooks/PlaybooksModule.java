package io.drillbook.app.playbooks;

import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.playbook.ApprovalInbox;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookApprovals;
import io.drillbook.core.playbook.PlaybookConnections;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookRecovery;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.infra.playbook.JdbcApprovalInbox;
import io.drillbook.infra.playbook.JdbcPlaybookJournal;
import io.drillbook.infra.playbook.JdbcPlaybookRepository;
import io.drillbook.infra.playbook.JdkHttpProbe;
import io.drillbook.infra.playbook.PlaybookYaml;
import io.drillbook.infra.playbook.YamlPlaybookFormat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/** Rollback playbooks: the stored library, the runner with its journal, approvals and the incident freeze. */
public final class PlaybooksModule implements FeatureModule {
    private final Platform platform;
    private final DrillsModule drills;
    private final JdbcPlaybookJournal playbookJournal;
    private final PlaybookLibrary playbookLibrary;
    private final IncidentFreeze incidentFreeze;

    public PlaybooksModule(Platform platform, DrillsModule drills) {
        this.platform = platform;
        this.drills = drills;
        this.playbookJournal = new JdbcPlaybookJournal(platform.database());
        this.playbookLibrary = new PlaybookLibrary(new JdbcPlaybookRepository(platform.database()), new YamlPlaybookFormat(),
                platform.evidenceLog(), platform.accessPolicy(), platform.clock());
        this.incidentFreeze = new IncidentFreeze(platform.workspaceRepository(), platform.evidenceLog(), platform.clock());
    }

    /** Reads a playbook file (YAML); errors name file, line and column. Needs no open store. */
    public static Function<Path, Playbook> playbookFile() {
        return PlaybookYaml::read;
    }

    /** Marks playbook runs a crash left running as interrupted; a run another console holds the lock of is left alone. */
    public void recoverInterruptedRuns() {
        new PlaybookRecovery(playbookJournal, platform.evidenceLog(), platform.clock(), platform.runLocks()).markInterrupted();
    }

    public PlaybookRunner playbookRunner(Connectors connectors) {
        PlaybookConnections connections = new PlaybookConnections(connectors::profile, connectors.shells(), connectors::storage,
                connectors.objectStores(), new JdkHttpProbe(Duration.ofSeconds(10)),
                new NestedDrillRunner(drills.drillPlanLibrary(), drills.backupSelector(), drills.drillService(connectors),
                        platform.clock()), connectors.tester(), null);
        return new PlaybookRunner(platform.evidenceLog(), playbookJournal, incidentFreeze, connections, platform.accessPolicy(),
                platform.clock()).inTransactions(platform.transactions());
    }

    /** Approvals given under the approver's own login to runs waiting elsewhere. */
    public ApprovalInbox approvalInbox() {
        return new JdbcApprovalInbox(platform.database());
    }

    public PlaybookApprovals playbookApprovals() {
        return new PlaybookApprovals(playbookJournal, approvalInbox(), platform.evidenceLog(), platform.accessPolicy(),
                platform.transactions(), platform.clock());
    }

    public StepTimings playbookTimings() {
        return new StepTimings(playbookJournal);
    }

    /** The workspace's stored playbooks (import, export, run by name). */
    public PlaybookLibrary playbookLibrary() {
        return playbookLibrary;
    }

    public PlaybookJournal playbookJournal() {
        return playbookJournal;
    }

    public IncidentFreeze incidentFreeze() {
        return incidentFreeze;
    }
}
