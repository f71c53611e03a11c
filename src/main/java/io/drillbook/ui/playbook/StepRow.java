package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.StepRecord;
import io.drillbook.ui.common.Formats;

/** One line of the steps table: what the step is, where it stands, how long it took, who did it. */
record StepRow(int index, String name, String kind, String state, String timing, String actor, String message) {

    static StepRow of(StepRecord s) {
        String timing = s.elapsed().isZero() ? "" : s.elapsed().toSeconds() < 1 ? s.elapsed().toMillis() + " ms"
                : Formats.duration(s.elapsed());
        return new StepRow(s.index(), s.name(), s.kind(), s.state().name(), timing, s.actor() == null ? "" : s.actor(),
                s.message());
    }
}
