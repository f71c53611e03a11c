package io.drillbook.core.model;

/** How a drill or playbook run ended. Interrupted runs never count as passed. */
public enum RunResult {
    RUNNING, PASSED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
