package io.drillbook.core.playbook;

/** Where a playbook run stands. */
public enum RunStatus {
    RUNNING, PAUSED,
    /** Stopped at a failed step; can be re-run from a chosen step. */
    FAILED,
    COMPLETED, ABORTED,
    /** Cut off by a crash; reopens and resumes from the step it stopped at. */
    INTERRUPTED;

    /** True once nothing more will run: the incident freeze is lifted. */
    public boolean isEnded() {
        return this == COMPLETED || this == ABORTED;
    }
}
