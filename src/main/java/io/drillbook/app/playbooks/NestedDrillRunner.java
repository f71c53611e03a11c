package io.drillbook.app.playbooks;

import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillOrder;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillService;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.playbook.NestedDrills;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;

import java.time.Clock;
import java.util.Map;

/**
 * A playbook's "run drill plan X" step: the stored plan, the backup its selection picks (from the
 * inventory or a listing of the plan's S3 prefix), run by
 * the drill service with its own evidence, access check and target lock. A nested drill has no one
 * at its manual steps, so they are refused; put manual work in the playbook's own checkpoints.
 */
final class NestedDrillRunner implements NestedDrills {
    private final DrillPlanLibrary plans;
    private final BackupSelector backups;
    private final DrillService drills;
    private final Clock clock;

    NestedDrillRunner(DrillPlanLibrary plans, BackupSelector backups, DrillService drills, Clock clock) {
        this.plans = plans;
        this.backups = backups;
        this.drills = drills;
        this.clock = clock;
    }

    @Override
    public Result run(String plan, Map<String, String> parameters, String operator, CancellationToken cancel) {
        DrillPlan found = plans.plan(plan).orElseThrow(() -> new IllegalArgumentException("no drill plan named '" + plan + "' in the workspace"));
        BackupChoice backup = backups.choose(found, found.backup(), ProgressListener.NONE, cancel);
        DrillResult result = drills.run(new DrillOrder(found, backup, operator, parameters),
                ManualStepGate.refuse(operator, clock), DrillListener.NONE, cancel);
        return new Result(result.summary().runId(), result.summary().result());
    }
}
