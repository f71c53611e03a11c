package io.drillbook.core.drill;

/** Where one step or check of a drill run stands. */
public enum StepState {
    PENDING, RUNNING, PASSED, FAILED, SKIPPED, CANCELLED;

    public boolean isFinished() {
        return this != PENDING && this != RUNNING;
    }
}
