package io.drillbook.core.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RtoVerdict;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A finished drill run: its summary (as saved), every step's final state, and the policy's
 * targets the achieved RPO and RTO are compared with (null when no policy was given).
 */
public record DrillResult(DrillSummary summary, List<StepOutcome> steps, Duration rpoTarget, Duration rtoTarget) {
    public DrillResult {
        steps = List.copyOf(steps);
    }

    public String runId() {
        return summary.runId();
    }

    /** The backup's age at restore was within the RPO; empty without a policy. */
    public Optional<Boolean> rpoMet() {
        return rpoTarget == null || summary.achievedRpo() == null ? Optional.empty()
                : Optional.of(summary.achievedRpo().compareTo(rpoTarget) <= 0);
    }

    /**
     * The drill passed and its recovery took no longer than the RTO; false for a drill that did not
     * pass (it demonstrated nothing); empty for a passed drill without a policy.
     */
    public Optional<Boolean> rtoMet() {
        RtoVerdict verdict = rtoVerdict();
        return verdict == RtoVerdict.UNKNOWN ? Optional.empty() : Optional.of(verdict.met());
    }

    /** Met or missed only for a passed drill; not demonstrated for any other result. */
    public RtoVerdict rtoVerdict() {
        return RtoVerdict.of(summary, rtoTarget);
    }

    public boolean cleanupFailed() {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.CLEANUP && s.state() == StepState.FAILED);
    }

    public Optional<StepOutcome> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
