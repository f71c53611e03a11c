package io.drillbook.core.playbook;

import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@code drill} step: runs a drill plan as a nested run; it records its own evidence under its own run id. */
final class DrillJob implements PlaybookJob {
    private final StepAction.Drill action;

    DrillJob(StepAction.Drill action) {
        this.action = action;
    }

    @Override
    public Optional<String> cannotRun(JobContext ctx) {
        try {
            filled(ctx.values);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public String describe(JobContext ctx) {
        return "drill plan '" + action.plan() + "' with " + filled(ctx.masked);
    }

    @Override
    public JobOutcome run(JobContext ctx, CancellationToken cancel) {
        NestedDrills.Result result;
        try {
            result = ctx.connections.drills().run(action.plan(), filled(ctx.values), ctx.operator, cancel);
        } catch (RuntimeException e) {
            if (e instanceof CancellationToken.CancelledException) {
                throw e;
            }
            return JobOutcome.failed(ctx.operator, describe(ctx), null, "drill could not run: " + e.getMessage());
        }
        String message = "drill run " + result.drillRunId() + ": " + result.result();
        if (result.result() == RunResult.CANCELLED) {
            return JobOutcome.cancelled(ctx.operator, describe(ctx), message);
        }
        return result.result() == RunResult.PASSED ? JobOutcome.passed(ctx.operator, describe(ctx), null, message)
                : JobOutcome.failed(ctx.operator, describe(ctx), null, message);
    }

    private Map<String, String> filled(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        action.parameters().forEach((k, v) -> out.put(k, PlaybookVariables.fill(v, values)));
        return out;
    }
}
