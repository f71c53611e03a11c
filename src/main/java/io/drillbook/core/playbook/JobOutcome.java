package io.drillbook.core.playbook;

/**
 * How one attempt of a step ended.
 *
 * @param actor   who did it (the operator for automated steps)
 * @param command what ran, secrets masked; may be null
 * @param output  null when no command ran
 */
record JobOutcome(boolean passed, boolean cancelled, String actor, String command, StepOutput output, String message) {

    static JobOutcome passed(String actor, String command, StepOutput output, String message) {
        return new JobOutcome(true, false, actor, command, output, message);
    }

    static JobOutcome failed(String actor, String command, StepOutput output, String message) {
        return new JobOutcome(false, false, actor, command, output, message);
    }

    static JobOutcome cancelled(String actor, String command, String message) {
        return new JobOutcome(false, true, actor, command, null, message);
    }
}
