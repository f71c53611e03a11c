package io.drillbook.core.playbook;

/** What a run does once a step has failed and its retries are used up. */
public enum FailureAction {
    /** The run stops as FAILED; it can be re-run from a chosen step. */
    STOP,
    /** The failure is recorded and the run goes on with the next step. */
    CONTINUE,
    /** The run jumps to a named step (a recovery step); steps jumped over are skipped. */
    GOTO
}
