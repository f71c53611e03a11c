package io.drillbook.core.playbook;

import java.util.List;
import java.util.Optional;

/** Playbook runs and the state of their steps, written on every change so a run survives a crash. */
public interface PlaybookJournal {

    void saveRun(RunInfo run);

    /** Stores the step's state, replacing the previous state of the same index. */
    void saveStep(String runId, StepRecord step);

    Optional<RunInfo> run(String runId);

    /** Steps in index order. */
    List<StepRecord> steps(String runId);

    /** Runs with the given status, oldest first. */
    List<RunInfo> withStatus(RunStatus status);

    /** Earlier runs of a playbook, newest first, at most {@code limit}. */
    List<RunInfo> runsOf(String playbook, int limit);

    /** Runs newest first, of one target or of all (null), at most {@code limit}. */
    List<RunInfo> recent(io.drillbook.core.model.SystemEnv target, int limit);
}
