package io.drillbook.cli;

import io.drillbook.core.calendar.HumanDuration;
import io.drillbook.core.drill.DrillRunDetails;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.model.DrillSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code drill show RUN}: one drill run as recorded: result and RTO verdict, every step and check
 * with its state, expected and actual value, output digest and why it failed, the gaps recorded,
 * the evidence events about it, and what it may have left. Exit 2 when there is no such run.
 */
@ReadOnly
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one drill run: steps, checks, output digests, gaps, evidence.")
public final class DrillShowCommand implements Callable<Integer> {
    private final Supplier<DrillRunHistory> history;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "RUN", description = "The run id (see: drillbook drill runs).")
    String runId;
    @Option(names = "--json", description = "Print the run as JSON.")
    boolean json;

    public DrillShowCommand(Supplier<DrillRunHistory> history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        DrillRunHistory runs = history.get();
        Optional<DrillRunDetails> found = runs.details(runId);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no drill run '" + runId + "' (see: drillbook drill runs)");
            return ExitCodes.ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(RunJson.write(toJson(found.get(), runs)));
        } else {
            print(out, found.get(), runs);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, DrillRunDetails d, DrillRunHistory runs) {
        DrillSummary s = d.summary();
        out.printf("drill %s: plan '%s' on %s, backup %s, by %s%n", s.runId(), s.plan(), s.target(), s.backupId(), s.operator());
        out.printf("started %s, finished %s: %s%n", CliTimes.at(s.startedAt()), CliTimes.at(s.finishedAt()), s.result());
        if (s.recoveryTime() != null) {
            out.printf("recovery %s (%s automated, %s manual), achieved RPO %s: %s%n", HumanDuration.of(s.recoveryTime()),
                    HumanDuration.of(s.automated()), HumanDuration.of(s.manual()), HumanDuration.of(s.achievedRpo()),
                    runs.rtoVerdict(s).label() + runs.rtoAt(s).map(r -> " (RTO " + HumanDuration.of(r) + ")").orElse(""));
        } else {
            out.println(runs.rtoVerdict(s).label());
        }
        for (StepOutcome step : d.steps()) {
            out.printf("  %-8s %-40s %-9s%s%n", step.kind(), step.name(), step.state(),
                    step.verdict() == null ? "" : " expected " + step.verdict().expected() + ", actual " + step.verdict().actual());
            if (!step.message().isEmpty()) {
                out.println("           " + step.message());
            }
            if (step.output() != null) {
                out.printf("           exit %d, stdout sha256 %s (%d bytes), stderr sha256 %s (%d bytes)%n", step.output().exitStatus(),
                        step.output().stdoutSha256(), step.output().stdoutBytes(), step.output().stderrSha256(), step.output().stderrBytes());
            }
        }
        d.gaps().forEach(g -> out.println("gap #" + g.seq() + ": " + RunJson.payload(g)));
        d.leftovers().ifPresent(l -> DrillRunsCommand.printLeftovers(out, l));
        out.println("evidence: " + d.events().stream().map(e -> "#" + e.seq() + " " + e.kind()).toList());
    }

    private static Map<String, Object> toJson(DrillRunDetails d, DrillRunHistory runs) {
        Map<String, Object> m = DrillRunsCommand.summaryJson(d.summary(), runs);
        m.put("steps", d.steps().stream().map(StepOutcome::toEvidence).toList());
        m.put("gaps", d.gaps().stream().map(g -> {
            Map<String, Object> gap = RunJson.event(g);
            gap.put("payload", RunJson.payload(g));
            return gap;
        }).toList());
        m.put("evidence", d.events().stream().map(RunJson::event).toList());
        m.put("leftovers", d.leftovers().map(DrillRunsCommand::leftoversJson).orElse(null));
        return m;
    }
}
