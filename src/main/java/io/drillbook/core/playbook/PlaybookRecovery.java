package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Called once at start-up, before any run executes: a run still marked RUNNING was cut off, so it
 * becomes INTERRUPTED. Finished steps stay; the step that was running becomes CANCELLED; the run
 * can be reopened and resumes at that step. Its incident freeze stays until it ends or is lifted.
 * On a shared workspace a RUNNING run may be live in another console: a run is only cut off when
 * its system/environment's playbook-run lock (held for the whole run) can be taken.
 */
public final class PlaybookRecovery {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRecovery.class);

    private final PlaybookJournal journal;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final RunLocks locks;

    /** For a store no other console can have open (every RUNNING run was cut off). */
    public PlaybookRecovery(PlaybookJournal journal, EvidenceLog evidence, Clock clock) {
        this(journal, evidence, clock, null);
    }

    /** @param locks the run locks every console takes; a run whose lock another console holds is left alone */
    public PlaybookRecovery(PlaybookJournal journal, EvidenceLog evidence, Clock clock, RunLocks locks) {
        this.journal = journal;
        this.evidence = evidence;
        this.clock = clock;
        this.locks = locks;
    }

    /** Returns the ids of the runs it marked interrupted. */
    public List<String> markInterrupted() {
        List<String> marked = new ArrayList<>();
        for (RunInfo running : journal.withStatus(RunStatus.RUNNING)) {
            if (locks == null) {
                interrupt(running);
                marked.add(running.runId());
            } else if (markIfCutOff(running)) {
                marked.add(running.runId());
            }
        }
        return marked;
    }

    /** Holds the run's lock while deciding, so a run that ends meanwhile in another console is not marked. */
    private boolean markIfCutOff(RunInfo running) {
        String resource = LockResources.playbookRun(running.target());
        if (locks.tryAcquire(resource, "start-up recovery").isEmpty()) {
            LOGGER.info("Playbook run {} of '{}' is running in another console ({})", running.runId(), running.playbook(),
                    locks.holder(resource).map(h -> h.holder() + " since " + h.since()).orElse("it just ended"));
            return false;
        }
        try {
            Optional<RunInfo> now = journal.run(running.runId()).filter(r -> r.status() == RunStatus.RUNNING);
            now.ifPresent(this::interrupt);
            return now.isPresent();
        } finally {
            locks.release(resource);
        }
    }

    private void interrupt(RunInfo cutOff) {
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
    }
}
