package io.drillbook.core.drill;

import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to restore one system in one environment and prove the restore worked: steps in order,
 * then checks, then cleanup steps that always run.
 *
 * @param target         name of the connection profile where commands run (a sandbox host)
 * @param parameters     values for {@code ${param.NAME}} placeholders
 * @param keepFullOutput keep every command's full output files; otherwise only digests and head/tail
 * @param backupOrigin   where the backup candidates come from: the inventory (default) or an S3 listing
 * @param keepFailedTarget how long a failed drill's target is kept for investigation before its cleanup
 *                       runs (it is listed until cleaned with {@code drill cleanup}); null: clean up at once
 */
public record DrillPlan(String name, String system, String environment, String target, BackupSelection backup,
                        Map<String, String> parameters, List<DrillStep> steps, List<DrillCheck> checks,
                        List<DrillStep> cleanup, boolean keepFullOutput, BackupOrigin backupOrigin,
                        Duration keepFailedTarget) {

    public DrillPlan {
        requireText(name, "a name ('drill')");
        requireText(system, "a system");
        requireText(environment, "an environment");
        requireText(target, "a target profile");
        Objects.requireNonNull(backup, "drill plan needs a backup selection");
        backupOrigin = backupOrigin == null ? BackupOrigin.inventory() : backupOrigin;
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        steps = steps == null ? List.of() : List.copyOf(steps);
        checks = checks == null ? List.of() : List.copyOf(checks);
        cleanup = cleanup == null ? List.of() : List.copyOf(cleanup);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("drill plan '" + name + "' needs at least one step");
        }
        parameters.values().forEach(v -> Objects.requireNonNull(v, "parameter values must not be null"));
        if (cleanup.stream().anyMatch(DrillStep::isManual)) {
            throw new IllegalArgumentException("drill plan '" + name + "': cleanup steps cannot be manual");
        }
        if (keepFailedTarget != null && (keepFailedTarget.isNegative() || keepFailedTarget.isZero())) {
            throw new IllegalArgumentException("drill plan '" + name + "': keepFailedTarget must be positive");
        }
    }

    /** A plan that cleans up at once whatever the result. */
    public DrillPlan(String name, String system, String environment, String target, BackupSelection backup,
                     Map<String, String> parameters, List<DrillStep> steps, List<DrillCheck> checks,
                     List<DrillStep> cleanup, boolean keepFullOutput, BackupOrigin backupOrigin) {
        this(name, system, environment, target, backup, parameters, steps, checks, cleanup, keepFullOutput, backupOrigin, null);
    }

    /** A plan whose backups come from the inventory. */
    public DrillPlan(String name, String system, String environment, String target, BackupSelection backup,
                     Map<String, String> parameters, List<DrillStep> steps, List<DrillCheck> checks,
                     List<DrillStep> cleanup, boolean keepFullOutput) {
        this(name, system, environment, target, backup, parameters, steps, checks, cleanup, keepFullOutput, null, null);
    }

    /** The same plan keeping a failed target for {@code period} (null: clean up at once). */
    public DrillPlan keepingFailedTarget(Duration period) {
        return new DrillPlan(name, system, environment, target, backup, parameters, steps, checks, cleanup, keepFullOutput,
                backupOrigin, period);
    }

    public SystemEnv systemEnv() {
        return new SystemEnv(system, environment);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("drill plan needs " + what);
        }
    }
}
