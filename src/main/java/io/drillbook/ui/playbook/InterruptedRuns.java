package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.ui.common.Formats;

import java.util.List;

/** Reads the runs a crash cut off (marked interrupted at start-up) for the playbooks screen; blocking, off the FX thread. */
final class InterruptedRuns {
    private final PlaybookServices services;

    InterruptedRuns(PlaybookServices services) {
        this.services = services;
    }

    /** Oldest first. */
    List<InterruptedRunRow> rows() {
        return services.journal().withStatus(RunStatus.INTERRUPTED).stream()
                .map(r -> new InterruptedRunRow(r.runId(), r.playbook(), r.target().toString(),
                        Formats.dateTime(r.startedAt(), services.zone()), r.operator(),
                        InterruptedRun.stoppedAt(r, services.journal().steps(r.runId()))))
                .toList();
    }

    /** One run with the stored playbook it runs; fails in words when either is gone. */
    InterruptedRun read(String runId) {
        RunInfo info = services.journal().run(runId).orElseThrow(() -> new IllegalArgumentException("no playbook run " + runId));
        Playbook playbook = services.library().playbook(info.playbook()).orElseThrow(() -> new IllegalArgumentException(
                "run " + runId + " cannot be reopened: its playbook '" + info.playbook() + "' is no longer in the workspace"));
        return new InterruptedRun(info, playbook, services.journal().steps(runId));
    }
}
