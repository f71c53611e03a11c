package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillPlanLibrary;
import picocli.CommandLine.Command;
import io.drillbook.core.workspace.WorkspaceService;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** {@code import drill-plan FILE}: adds or replaces a drill plan in the workspace (evidence: drill-plan.saved). */
@Mutates(Action.EDIT_DRILL_PLANS)
@Command(name = "drill-plan", mixinStandardHelpOptions = true,
        description = "Add or replace a drill plan in the workspace from a YAML file.")
public final class ImportDrillPlanCommand implements Callable<Integer> {
    private final Supplier<DrillPlanLibrary> plans;
    private final Supplier<String> operator;

    @Parameters(paramLabel = "FILE", description = "The drill plan file (YAML)")
    Path file;
    @Spec
    CommandSpec spec;
    @Option(names = "--create", description = "create the plan's system and environment when the workspace lacks them")
    boolean create;
    private Supplier<WorkspaceService> workspace;

    private final BiFunction<String, String, DrillPlan> parser;

    /** @param parser reads a plan file's text (its name for messages), to check its targets before storing */
    public ImportDrillPlanCommand(Supplier<DrillPlanLibrary> plans, BiFunction<String, String, DrillPlan> parser,
                                  Supplier<String> operator) {
        this.plans = plans;
        this.parser = parser;
        this.operator = operator;
    }

    /** Refuses plans for systems or environments the workspace does not have (unless --create). */
    public ImportDrillPlanCommand checkingTargets(Supplier<WorkspaceService> service) {
        this.workspace = service;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        if (workspace != null) {
            DrillPlan parsed = parser.apply(yaml, file.toString());
            workspace.get().requireTargets(List.of(parsed.systemEnv()), file.getFileName().toString(), create)
                    .forEach(c -> spec.commandLine().getOut().println("created " + c));
        }
        DrillPlan plan = plans.get().save(yaml, file.toString(), operator.get());
        spec.commandLine().getOut().printf("imported drill plan '%s' for %s%n", plan.name(), plan.systemEnv());
        return ExitCodes.OK;
    }
}
