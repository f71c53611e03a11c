package io.drillbook.core.playbook;

import java.util.Objects;

/** One named step of a playbook: its action and what happens when it fails. */
public record PlaybookStep(String name, StepAction action, OnFailure onFailure) {
    public PlaybookStep {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a playbook step needs a name");
        }
        Objects.requireNonNull(action, "step '" + name + "' needs an action");
        onFailure = onFailure == null ? OnFailure.STOP : onFailure;
    }

    public PlaybookStep(String name, StepAction action) {
        this(name, action, OnFailure.STOP);
    }

    /** True for steps that wait for a person (manual checkpoints and approvals). */
    public boolean needsPerson() {
        return action instanceof StepAction.Manual || action instanceof StepAction.Approval;
    }
}
