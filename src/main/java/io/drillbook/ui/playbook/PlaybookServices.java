package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.PlaybookRunHistory;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.RunLocks;
import io.drillbook.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the playbook screens need from the composition root.
 *
 * @param runner         builds a playbook runner with the console's connectors (called off the FX thread)
 * @param uiThread       hands work to the JavaFX thread ({@code FxTaskRunner::onFxThread}; tests may run it at once)
 * @param freezeChanged  called when a run starts or ends, so the status bar and calendar show the freeze
 * @param sharedApprovals on a shared workspace, where approvals come from the approver's own login; null on the embedded store
 * @param history        past runs of a playbook and one run's timeline with its evidence
 */
public record PlaybookServices(PlaybookLibrary library, PlaybookJournal journal, Supplier<PlaybookRunner> runner,
                               StepTimings timings, RunLocks locks, Authorizer access, Path outputDir, String operator,
                               Clock clock, ZoneId zone, TaskRunner tasks, Consumer<Runnable> uiThread,
                               Runnable freezeChanged, io.drillbook.core.playbook.ApprovalInbox sharedApprovals,
                               PlaybookRunHistory history) {

    /** Past runs read from the journal alone, without their evidence events. */
    public PlaybookServices(PlaybookLibrary library, PlaybookJournal journal, Supplier<PlaybookRunner> runner,
                            StepTimings timings, RunLocks locks, Authorizer access, Path outputDir, String operator,
                            Clock clock, ZoneId zone, TaskRunner tasks, Consumer<Runnable> uiThread,
                            Runnable freezeChanged, io.drillbook.core.playbook.ApprovalInbox sharedApprovals) {
        this(library, journal, runner, timings, locks, access, outputDir, operator, clock, zone, tasks, uiThread, freezeChanged,
                sharedApprovals, new PlaybookRunHistory(journal, null));
    }
}
