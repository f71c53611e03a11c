package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Called once at start-up, before any run executes: a run still marked RUNNING was cut off, so it
 * becomes INTERRUPTED. Finished steps stay; the step that was running becomes CANCELLED; the run
 * can be reopened and resumes at that step. Its incident freeze stays until it ends or is lifted.
 */
public final class PlaybookRecovery {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRecovery.class);

    private final PlaybookJournal journal;
    private final EvidenceLog evidence;
    private final Clock clock;

    public PlaybookRecovery(PlaybookJournal journal, EvidenceLog evidence, Clock clock) {
        this.journal = journal;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Returns the ids of the runs it marked interrupted. */
    public List<String> markInterrupted() {
        List<String> marked = new ArrayList<>();
        for (RunInfo cutOff : journal.withStatus(RunStatus.RUNNING)) {
            List<String> finished = new ArrayList<>();
            for (StepRecord step : journal.steps(cutOff.runId())) {
                if (step.state() == StepState.RUNNING) {
                    StepRecord closed = step.moved(StepState.CANCELLED, cutOff.operator(),
                            "interrupted: Drillbook stopped while this step ran", clock.instant());
                    journal.saveStep(cutOff.runId(), closed);
                    evidence.recordAs(cutOff.operator(), "playbook.step", cutOff.runId(), closed.toEvidence());
                } else if (step.state().isFinished()) {
                    finished.add(step.name() + ": " + step.state());
                }
            }
            journal.saveRun(cutOff.with(RunStatus.INTERRUPTED, cutOff.position(), null));
            evidence.recordAs(cutOff.operator(), "playbook.interrupted", cutOff.runId(), Map.of("playbook", cutOff.playbook(),
                    "finishedSteps", finished, "resumesAt", cutOff.position()));
            LOGGER.warn("Playbook run {} of '{}' was cut off; recorded as interrupted", cutOff.runId(), cutOff.playbook());
            marked.add(cutOff.runId());
        }
        return marked;
    }
}
