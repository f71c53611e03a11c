package io.drillbook.core.playbook;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One playbook run as journaled.
 *
 * @param position   index of the step the run goes on with
 * @param parameters the run's values with secret-looking ones masked (never stored in clear)
 */
public record RunInfo(String runId, String playbook, SystemEnv target, String operator, RunStatus status,
                      int position, Map<String, String> parameters, Instant startedAt, Instant finishedAt) {
    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    RunInfo with(RunStatus next, int at, Instant finished) {
        return new RunInfo(runId, playbook, target, operator, next, at, parameters, startedAt, finished);
    }
}
