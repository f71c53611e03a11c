package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Called once at start-up, before any new run: a run still marked as running was cut off (the
 * process died), so it is recorded as INTERRUPTED. Finished steps stay as they were; a step that
 * was running becomes CANCELLED and one that never started SKIPPED, each with the reason. On a
 * shared workspace a running drill may be live in another console: a run is only cut off when the
 * lock on its isolated target (held for the whole run) can be taken.
 */
public final class DrillRecovery {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillRecovery.class);

    private final DrillJournal journal;
    private final DrillRunRepository runs;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final RunLocks locks;
    private DrillLeftoverStore leftovers = DrillLeftoverStore.NONE;

    /** For a store no other console can have open (every running drill was cut off). */
    public DrillRecovery(DrillJournal journal, DrillRunRepository runs, EvidenceLog evidence, Clock clock) {
        this(journal, runs, evidence, clock, null);
    }

    /** @param locks the run locks every console takes; a run whose target another console holds is left alone */
    public DrillRecovery(DrillJournal journal, DrillRunRepository runs, EvidenceLog evidence, Clock clock, RunLocks locks) {
        this.locks = locks;
        this.journal = journal;
        this.runs = runs;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Names, in each {@code drill.interrupted} event, what the cut-off run may have left (its cleanup commands). */
    public DrillRecovery listingLeftoversFrom(DrillLeftoverStore store) {
        this.leftovers = store;
        return this;
    }

    /** Returns the ids of the runs it marked interrupted. */
    public List<String> markInterrupted() {
        List<String> marked = new ArrayList<>();
        for (DrillSummary running : journal.running()) {
            Optional<String> profile = journal.targetProfile(running.runId());
            if (locks == null || profile.isEmpty()) {
                interrupt(running);
                marked.add(running.runId());
            } else if (markIfCutOff(running, LockResources.drillTarget(profile.get()))) {
                marked.add(running.runId());
            }
        }
        return marked;
    }

    /** Holds the target's lock while deciding, so a run that ends meanwhile in another console is not marked. */
    private boolean markIfCutOff(DrillSummary running, String resource) {
        if (locks.tryAcquire(resource, "start-up recovery").isEmpty()) {
            LOGGER.info("Drill run {} of plan '{}' is running in another console ({})", running.runId(), running.plan(),
                    locks.holder(resource).map(h -> h.holder() + " since " + h.since()).orElse("it just ended"));
            return false;
        }
        try {
            boolean stillRunning = journal.running().stream().anyMatch(r -> r.runId().equals(running.runId()));
            if (stillRunning) {
                interrupt(running);
            }
            return stillRunning;
        } finally {
            locks.release(resource);
        }
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
        leftovers.plan(cutOff.runId()).ifPresent(plan -> {
            payload.put("target", plan.targetProfile());
            payload.put("mayHaveLeft", plan.shownCommands());
            payload.put("cleanUpWith", "drillbook drill cleanup " + cutOff.runId());
        });
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
