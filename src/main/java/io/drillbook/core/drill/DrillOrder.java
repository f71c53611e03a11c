package io.drillbook.core.drill;

import io.drillbook.core.model.Backup;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A drill someone asked for: the plan, the backup chosen for it (and how), who runs it, and
 * parameter values that override the plan's own ({@code --param k=v} or the wizard's fields).
 */
public record DrillOrder(DrillPlan plan, BackupChoice choice, String operator, Map<String, String> parameters) {
    public DrillOrder {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(choice, "backup");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** An order for a backup the caller picked from the inventory. */
    public DrillOrder(DrillPlan plan, Backup backup, String operator, Map<String, String> parameters) {
        this(plan, BackupChoice.given(Objects.requireNonNull(backup, "backup")), operator, parameters);
    }

    public Backup backup() {
        return choice.backup();
    }

    /** The plan with the overriding parameters merged in. */
    public DrillPlan effectivePlan() {
        if (parameters.isEmpty()) {
            return plan;
        }
        Map<String, String> merged = new TreeMap<>(plan.parameters());
        merged.putAll(parameters);
        return new DrillPlan(plan.name(), plan.system(), plan.environment(), plan.target(), plan.backup(), merged,
                plan.steps(), plan.checks(), plan.cleanup(), plan.keepFullOutput(), plan.backupOrigin(), plan.keepFailedTarget());
    }
}
