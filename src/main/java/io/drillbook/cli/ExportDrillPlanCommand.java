package io.drillbook.cli;

import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.StoredDrillPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code export drill-plan NAME [--out FILE]}: writes a workspace plan's YAML exactly as imported. */
@ReadOnly
@Command(name = "drill-plan", mixinStandardHelpOptions = true,
        description = "Write a drill plan of the workspace as YAML (to standard output or --out FILE).")
public final class ExportDrillPlanCommand implements Callable<Integer> {
    private final Supplier<DrillPlanLibrary> plans;

    @Parameters(paramLabel = "NAME", description = "The plan's name")
    String name;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output")
    Path out;
    @Spec
    CommandSpec spec;

    public ExportDrillPlanCommand(Supplier<DrillPlanLibrary> plans) {
        this.plans = plans;
    }

    @Override
    public Integer call() throws Exception {
        Optional<StoredDrillPlan> plan = plans.get().stored(name);
        if (plan.isEmpty()) {
            spec.commandLine().getErr().println("error: no drill plan named '" + name + "' in the workspace");
            return ExitCodes.ERROR;
        }
        if (out == null) {
            spec.commandLine().getOut().print(plan.get().yaml());
        } else {
            io.drillbook.core.evidence.OwnerOnlyFiles.write(out, plan.get().yaml().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + out);
        }
        return ExitCodes.OK;
    }
}
