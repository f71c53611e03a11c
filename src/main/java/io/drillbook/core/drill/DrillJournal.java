package io.drillbook.core.drill;

import io.drillbook.core.model.DrillSummary;

import java.util.List;
import java.util.Optional;

/**
 * Per-step state of drill runs, written on every change so that a run whose process died can be
 * reopened with its finished steps intact.
 */
public interface DrillJournal {

    /** Stores the step's current state, replacing the previous state of the same index. */
    void save(String runId, StepOutcome step);

    /** The run's steps in index order. */
    List<StepOutcome> steps(String runId);

    /** Summaries of runs still marked as running. */
    List<DrillSummary> running();

    /** Remembers the connection profile the run restores into (its run lock is named after it). */
    void saveTargetProfile(String runId, String profile);

    /** The connection profile the run restores into; empty for runs recorded before it was kept. */
    Optional<String> targetProfile(String runId);

    /** One run's summary as last saved; empty when there is no such run. */
    Optional<DrillSummary> run(String runId);
}
