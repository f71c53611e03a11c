package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.ports.DrillRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Called once at start-up, before any new run: a run still marked as running was cut off (the
 * process died), so it is recorded as INTERRUPTED. Finished steps stay as they were; a step that
 * was running becomes CANCELLED and one that never started SKIPPED, each with the reason.
 */
public final class DrillRecovery {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillRecovery.class);

    private final DrillJournal journal;
    private final DrillRunRepository runs;
    private final EvidenceLog evidence;
    private final Clock clock;

    public DrillRecovery(DrillJournal journal, DrillRunRepository runs, EvidenceLog evidence, Clock clock) {
        this.journal = journal;
        this.runs = runs;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Returns the ids of the runs it marked interrupted. */
    public List<String> markInterrupted() {
        List<String> marked = new ArrayList<>();
        for (DrillSummary cutOff : journal.running()) {
            interrupt(cutOff);
            marked.add(cutOff.runId());
        }
        return marked;
    }

    private void interrupt(DrillSummary cutOff) {
        Instant now = clock.instant();
        List<String> finished = new ArrayList<>();
        for (StepOutcome step : journal.steps(cutOff.runId())) {
            if (step.state().isFinished()) {
                finished.add(step.name() + ": " + step.state());
            } else {
                closeStep(cutOff.runId(), step, now);
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("plan", cutOff.plan());
        payload.put("backupId", cutOff.backupId());
        payload.put("startedAt", cutOff.startedAt().toString());
        payload.put("finishedSteps", finished);
        evidence.record("drill.interrupted", cutOff.runId(), payload);
        runs.save(new DrillSummary(cutOff.runId(), cutOff.target(), cutOff.plan(), cutOff.backupId(), cutOff.startedAt(),
                now, RunResult.INTERRUPTED, null, null, null, null, cutOff.operator()));
        LOGGER.warn("Drill run {} of plan '{}' was cut off; recorded as interrupted", cutOff.runId(), cutOff.plan());
    }

    private void closeStep(String runId, StepOutcome step, Instant now) {
        StepOutcome closed = step.state() == StepState.RUNNING
                ? step.withState(StepState.CANCELLED, "interrupted: Drillbook stopped while this step ran", now)
                : step.withState(StepState.SKIPPED, "not run: the drill was interrupted", now);
        journal.save(runId, closed);
        evidence.record("drill.step", runId, closed.toEvidence());
    }
}
