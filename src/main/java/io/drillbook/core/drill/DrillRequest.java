package io.drillbook.core.drill;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.Policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one drill run needs besides the target shell: the plan, the backup already chosen for it
 * (and how it was found), the policy in force (for RPO/RTO targets; null when none), who runs it,
 * and where command output files go (a folder per run is made inside).
 */
public record DrillRequest(DrillPlan plan, BackupChoice choice, Policy policy, String operator, Path outputDir) {
    public DrillRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(choice, "backup");
        Backup backup = choice.backup();
        Objects.requireNonNull(outputDir, "outputDir");
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("a drill run needs an operator");
        }
        if (!backup.target().equals(plan.systemEnv())) {
            throw new IllegalArgumentException("plan " + plan.name() + " is for " + plan.systemEnv()
                    + " but backup " + backup.externalId() + " is of " + backup.target());
        }
        if (!backup.status().isRecoveryPoint()) {
            throw new IllegalArgumentException("backup " + backup.externalId() + " is " + backup.status()
                    + ": only a succeeded backup can be restored in a drill");
        }
        if (policy != null && !policy.target().equals(plan.systemEnv())) {
            throw new IllegalArgumentException("policy is for " + policy.target() + ", plan for " + plan.systemEnv());
        }
    }

    /** A request for a backup the caller picked from the inventory. */
    public DrillRequest(DrillPlan plan, Backup backup, Policy policy, String operator, Path outputDir) {
        this(plan, BackupChoice.given(Objects.requireNonNull(backup, "backup")), policy, operator, outputDir);
    }

    public Backup backup() {
        return choice.backup();
    }
}
