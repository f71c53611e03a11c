package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.StepRecord;

import java.util.List;

/** An interrupted run chosen for reopening: as journaled, with the stored playbook it runs. */
record InterruptedRun(RunInfo info, Playbook playbook, List<StepRecord> steps) {
    InterruptedRun {
        steps = List.copyOf(steps);
    }

    /** "3/7 Restore config from backup": the step the run goes on with. */
    String stoppedAt() {
        return stoppedAt(info, steps);
    }

    static String stoppedAt(RunInfo info, List<StepRecord> steps) {
        int at = info.position();
        return at < steps.size() ? (at + 1) + "/" + steps.size() + " " + steps.get(at).name() : "after the last step";
    }
}
