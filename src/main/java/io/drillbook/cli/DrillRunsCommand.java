package io.drillbook.cli;

import io.drillbook.core.calendar.HumanDuration;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.drill.Leftovers;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.SystemEnv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code drill runs}: past drill runs newest first, with result, recovery time and RTO verdict; with
 * {@code --interrupted}, the runs that may have left something on their target (interrupted, cleanup
 * failed, failed target kept for investigation) and what, oldest first.
 */
@ReadOnly
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List drill runs, or with --interrupted those that may have left something behind.")
public final class DrillRunsCommand implements Callable<Integer> {
    private final Supplier<DrillRunHistory> history;

    @Spec
    CommandSpec spec;
    @Mixin
    RunListOptions options;
    @Option(names = "--interrupted", description = "Only runs not cleaned up yet, each with what it may have left.")
    boolean interrupted;

    public DrillRunsCommand(Supplier<DrillRunHistory> history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (options.problem().isPresent()) {
            spec.commandLine().getErr().println(options.problem().get());
            return ExitCodes.ERROR;
        }
        SystemEnv target = options.target();
        int limit = options.limit;
        boolean json = options.json;
        DrillRunHistory runs = history.get();
        if (interrupted) {
            List<Leftovers> left = runs.leftovers(target);
            if (json) {
                out.println(RunJson.write(left.stream().map(DrillRunsCommand::leftoversJson).toList()));
            } else if (left.isEmpty()) {
                out.println("no drill run has anything left to clean up");
            } else {
                left.forEach(l -> printLeftovers(out, l));
            }
        } else {
            List<DrillSummary> list = runs.runs(target, limit);
            if (json) {
                out.println(RunJson.write(list.stream().map(d -> summaryJson(d, runs)).toList()));
            } else {
                list.forEach(d -> out.printf("%-30s %-24s %-16s %-32s %-11s %s%n", d.runId(), CliTimes.at(d.startedAt()), d.target(), d.plan(),
                        d.result(), recovery(d, runs)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String recovery(DrillSummary d, DrillRunHistory runs) {
        String took = d.recoveryTime() == null ? "" : "recovery " + HumanDuration.of(d.recoveryTime()) + ", ";
        return took + runs.rtoVerdict(d).label();
    }

    static void printLeftovers(PrintWriter out, Leftovers l) {
        out.printf("%s %s %s plan '%s' on target %s: %s%n", l.runId(), CliTimes.at(l.run().startedAt()), l.run().target(), l.cleanup().plan(),
                l.cleanup().targetProfile(), l.why());
        l.cleanup().shownCommands().forEach(c -> out.println("  may have left (cleanup runs): " + c));
        out.println("  clean up with: drillbook drill cleanup " + l.runId());
    }

    static Map<String, Object> summaryJson(DrillSummary d, DrillRunHistory runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", d.runId());
        m.put("system", d.target().system());
        m.put("environment", d.target().environment());
        m.put("plan", d.plan());
        m.put("backupId", d.backupId());
        m.put("operator", d.operator());
        m.put("startedAt", String.valueOf(d.startedAt()));
        m.put("finishedAt", d.finishedAt() == null ? null : d.finishedAt().toString());
        m.put("result", d.result().name());
        m.put("achievedRpo", RunJson.seconds(d.achievedRpo()));
        m.put("recoveryTime", RunJson.seconds(d.recoveryTime()));
        m.put("automated", RunJson.seconds(d.automated()));
        m.put("manual", RunJson.seconds(d.manual()));
        m.put("rtoTarget", runs.rtoAt(d).map(RunJson::seconds).orElse(null));
        m.put("rtoVerdict", runs.rtoVerdict(d).code());
        m.put("rtoMet", runs.rtoVerdict(d).met());
        return m;
    }

    static Map<String, Object> leftoversJson(Leftovers l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", l.runId());
        m.put("system", l.run().target().system());
        m.put("environment", l.run().target().environment());
        m.put("plan", l.cleanup().plan());
        m.put("startedAt", l.run().startedAt().toString());
        m.put("result", l.run().result().name());
        m.put("target", l.cleanup().targetProfile());
        m.put("why", l.why());
        m.put("keptUntil", l.keptUntil() == null ? null : l.keptUntil().toString());
        m.put("cleanupCommands", l.cleanup().shownCommands());
        m.put("cleanupStates", l.cleanupStates().stream().map(s -> s.name() + ": " + s.state()).toList());
        return m;
    }
}
