package io.drillbook.cli;

import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.StoredDrillPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code drill list}: the drill plans kept in the workspace. */
@ReadOnly
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the drill plans kept in the workspace.")
public final class DrillListCommand implements Callable<Integer> {
    private final Supplier<DrillPlanLibrary> plans;
    @Spec
    CommandSpec spec;

    public DrillListCommand(Supplier<DrillPlanLibrary> plans) {
        this.plans = plans;
    }

    @Override
    public Integer call() {
        for (StoredDrillPlan p : plans.get().all()) {
            spec.commandLine().getOut().printf("%-32s %-20s updated %s by %s%n", p.name(), p.target(), p.updatedAt(), p.updatedBy());
        }
        return ExitCodes.OK;
    }
}
