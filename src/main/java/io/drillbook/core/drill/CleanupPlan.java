package io.drillbook.core.drill;

import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.evidence.Redaction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run needs to clean up later, stored when it starts: the connection profile it restores
 * into, its plan's cleanup steps (and their index in the run), and the values its commands use,
 * with secret-looking ones masked (they are asked for again at cleanup, never stored).
 *
 * @param firstIndex the run index of the first cleanup step (after every step and check)
 */
public record CleanupPlan(String plan, String targetProfile, int firstIndex, List<DrillStep> steps,
                          Map<String, String> variables) {
    public CleanupPlan {
        Objects.requireNonNull(targetProfile, "targetProfile");
        steps = List.copyOf(steps);
        variables = Map.copyOf(variables);
    }

    static CleanupPlan of(DrillPlan plan, Map<String, String> variables) {
        return new CleanupPlan(plan.name(), plan.target(), plan.steps().size() + plan.checks().size(), plan.cleanup(),
                DrillVariables.masked(variables));
    }

    /** The cleanup commands as they would run, secrets masked: what the run may have left behind. */
    public List<String> shownCommands() {
        return steps.stream().map(s -> {
            try {
                return Redaction.redact(new CommandTemplate(s.run()).render(variables));
            } catch (IllegalArgumentException e) {
                return s.run();
            }
        }).toList();
    }

    /** Names of the values masked at start; cleanup needs them again (from the plan or the operator). */
    public List<String> maskedNames() {
        return variables.entrySet().stream().filter(e -> Redaction.MASK.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
