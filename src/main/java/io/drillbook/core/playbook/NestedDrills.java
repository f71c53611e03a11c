package io.drillbook.core.playbook;

import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;

import java.util.Map;

/** Runs a drill plan by name as a nested run with its own evidence; the composition root adapts the drill runner. */
@FunctionalInterface
public interface NestedDrills {
    NestedDrills NONE = (plan, parameters, operator, cancel) -> {
        throw new IllegalStateException("no drill runner is configured, cannot run drill plan '" + plan + "'");
    };

    Result run(String plan, Map<String, String> parameters, String operator, CancellationToken cancel);

    record Result(String drillRunId, RunResult result) {
    }
}
