package io.drillbook.core.drill;

import io.drillbook.core.connect.OutputChannel;

import java.util.List;

/**
 * Hears what a drill run does, always after it is persisted. Called on the runner's thread except
 * {@link #output}, which comes from a reader thread: keep every method quick. A listener that
 * throws is logged and ignored.
 */
public interface DrillListener {
    DrillListener NONE = new DrillListener() { };

    default void runStarted(String runId, List<StepOutcome> steps) {
    }

    default void stepChanged(String runId, StepOutcome step) {
    }

    /** One line of a running command's output, live (not persisted line by line). */
    default void output(String runId, StepOutcome step, OutputChannel channel, String line) {
    }

    default void runFinished(DrillResult result) {
    }
}
