package io.drillbook.core.playbook;

import io.drillbook.core.connect.OutputChannel;

/**
 * Hears what a playbook run does, always after it is journaled and recorded as evidence. A listener
 * that throws is logged and ignored. {@link #output} comes from a reader thread: keep it quick.
 */
public interface PlaybookListener {
    PlaybookListener NONE = new PlaybookListener() { };

    default void runChanged(RunInfo run) {
    }

    default void stepChanged(String runId, StepRecord step) {
    }

    default void output(String runId, String step, OutputChannel channel, String line) {
    }
}
