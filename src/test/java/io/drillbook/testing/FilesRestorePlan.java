package io.drillbook.testing;

import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.model.Backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The drill tests' plan for shop/prod on the local target: restore = copy the backup file, check its checksum, remove the folder. */
public final class FilesRestorePlan {
    private FilesRestorePlan() {
    }

    public static DrillPlan of(Backup backup, Path restoreDir, List<DrillStep> extraSteps, List<DrillCheck> extraChecks) {
        List<DrillStep> steps = new ArrayList<>(List.of(
                DrillStep.command("Create restore folder", "mkdir -p ${param.restoreDir}"),
                DrillStep.command("Restore file", "cp ${backup.uri} ${param.restoreDir}/orders.csv")));
        steps.addAll(extraSteps);
        List<DrillCheck> checks = new ArrayList<>(List.of(DrillCheck.of("Checksum matches backup",
                "sha256sum ${param.restoreDir}/orders.csv", Expectation.checksumEquals(backup.checksum()))));
        checks.addAll(extraChecks);
        return new DrillPlan("files restore", "shop", "prod", "local", BackupSelection.latest(),
                Map.of("restoreDir", restoreDir.toString()), steps, checks,
                List.of(DrillStep.command("Remove restore folder", "rm -rf ${param.restoreDir}")), false);
    }
}
