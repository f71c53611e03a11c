package io.drillbook.cli;

import io.drillbook.core.team.Action;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillOrder;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillService;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;

/**
 * {@code drill run PLAN.yaml|NAME}: runs a restore drill headless on the same store. Exit 0 passed,
 * 1 failed, 2 error or interrupted (cancelled). Prints a line whenever a step changes; with
 * {@code --json}, only the run's {@code drill.finished} evidence record.
 */
@Mutates(Action.RUN_DRILL)
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a restore drill from a plan file or a plan kept in the workspace.")
public final class DrillRunCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillRunCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<DrillPlanLibrary> plans;
    private final Supplier<BackupSelector> selector;
    private final Function<HostKeyDecision, DrillService> services;
    private final Function<String, EvidenceEvent> finishedRecord;
    private final Supplier<String> operator;
    private final Clock clock;
    private Supplier<java.io.Console> terminal = System::console;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PLAN", description = "A drill plan YAML file, or the name of a plan in the workspace.")
    String planRef;
    @Option(names = "--backup", paramLabel = "ID|latest", description = "Which backup to restore (default: the plan's pick).")
    String backup;
    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a plan parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--param-env", paramLabel = "NAME=ENVVAR",
            description = "A secret parameter's value from an environment variable (repeatable); masked wherever it appears.")
    Map<String, String> paramEnv = new LinkedHashMap<>();
    @Option(names = "--param-prompt", paramLabel = "NAME",
            description = "Ask for a secret parameter's value on the terminal, without echo (repeatable).")
    List<String> paramPrompt = new ArrayList<>();
    Function<String, String> environment = System::getenv;
    SecretParameters.Reader secretReader = SecretParameters.Reader.TERMINAL;
    @Option(names = "--confirm-manual", description = "Confirm every manual step in the operator's name.")
    boolean confirmManual;
    @Option(names = "--json", description = "Print the drill.finished evidence record as JSON.")
    boolean json;
    @Option(names = "--accept-host-key", paramLabel = "SHA256:...", description = "Trust an unknown host key only if its fingerprint is exactly this.")
    String acceptHostKey;

    /**
     * @param services       the drill service whose connectors use the given host-key decision
     * @param finishedRecord the {@code drill.finished} evidence event of a run id
     */
    private final Function<Path, DrillPlan> planFiles;

    public DrillRunCommand(Supplier<DrillPlanLibrary> plans, Supplier<BackupSelector> selector,
                           Function<HostKeyDecision, DrillService> services, Function<String, EvidenceEvent> finishedRecord,
                           Function<Path, DrillPlan> planFiles, Supplier<String> operator, Clock clock) {
        this.plans = plans;
        this.planFiles = planFiles;
        this.selector = selector;
        this.services = services;
        this.finishedRecord = finishedRecord;
        this.operator = operator;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            DrillPlan plan = plan();
            String who = operator.get();
            ManualStepGate gate = manualGate(plan, who);
            if (gate == null) {
                spec.commandLine().getErr().println("error: plan '" + plan.name() + "' has manual step(s) "
                        + plan.steps().stream().filter(s -> s.isManual()).map(s -> "'" + s.name() + "'").toList()
                        + " and no terminal is attached to ask: pass --confirm-manual to confirm them in your name; nothing was run");
                return ExitCodes.ERROR;
            }
            Map<String, String> values = SecretParameters.collect(params, paramEnv, paramPrompt, Set.of(), environment, secretReader,
                    spec.commandLine().getErr());
            HostKeyDecision decision = acceptHostKey == null ? HostKeyDecision.REJECT : HostKeyDecision.acceptOnly(acceptHostKey);
            DrillService service = services.apply(decision);
            BackupChoice chosen;
            try {
                chosen = selector.get().choose(plan, selection(plan), ProgressListener.NONE, CancellationToken.none());
            } catch (RuntimeException e) {
                service.couldNotStart(plan, who, "backup", e);
                throw e;
            }
            Backup backup = chosen.backup();
            String header = String.format("drill '%s' on %s, backup %s (%s old) from %s, target %s", plan.name(),
                    plan.systemEnv(), backup.externalId(), io.drillbook.core.calendar.HumanDuration.of(backup.ageAt(clock.instant())),
                    chosen.origin(), plan.target());
            DrillResult result = service.run(new DrillOrder(plan, chosen, who, values), gate,
                    json ? DrillListener.NONE : progress(out, header), CancellationToken.none());
            report(result, out);
            return exitCode(result.summary().result());
        } catch (RuntimeException e) {
            LOGGER.debug("drill run failed", e);
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.ERROR;
        } finally {
            out.flush();
        }
    }

    /**
     * How manual steps are confirmed: all at once with {@code --confirm-manual}; else, on a terminal,
     * by asking for each (the wait counts as manual time); else null: the run is refused before it starts.
     */
    private ManualStepGate manualGate(DrillPlan plan, String who) {
        if (confirmManual || plan.steps().stream().noneMatch(s -> s.isManual())) {
            return ManualStepGate.confirmAs(who, clock);
        }
        java.io.Console console = terminal.get();
        return console == null ? null : new TerminalManualGate(console, who, clock);
    }

    /** The terminal to ask on; null when none is attached (tests give their own). */
    DrillRunCommand askingOn(Supplier<java.io.Console> console) {
        this.terminal = console;
        return this;
    }

    private DrillPlan plan() {
        Path file = Path.of(planRef);
        if (planRef.endsWith(".yaml") || planRef.endsWith(".yml") || Files.isRegularFile(file)) {
            return planFiles.apply(file);
        }
        return plans.get().plan(planRef).orElseThrow(() -> new IllegalArgumentException(
                "no drill plan file or workspace plan named '" + planRef + "' (see: drillbook drill list)"));
    }

    private BackupSelection selection(DrillPlan plan) {
        if (backup == null) {
            return plan.backup();
        }
        return "latest".equals(backup) ? BackupSelection.latest() : BackupSelection.id(backup);
    }

    /** Prints only what is already committed: the run's first line once its start is recorded, then each step change. */
    private DrillListener progress(PrintWriter out, String header) {
        return new DrillListener() {
            @Override
            public void runStarted(String runId, java.util.List<StepOutcome> steps) {
                out.printf("%s, run %s%n", header, runId);
                out.flush();
            }

            @Override
            public void stepChanged(String runId, StepOutcome step) {
                out.printf("%s %-8s %-40s %s%s%n", clock.instant().toString().substring(11, 19), step.kind(), step.name(),
                        step.state(), step.message().isEmpty() ? "" : ": " + step.message());
                out.flush();
            }
        };
    }

    private void report(DrillResult result, PrintWriter out) {
        if (json) {
            out.println(toJson(finishedRecord.apply(result.runId())));
            return;
        }
        out.printf("drill %s %s: recovery %s (manual %s), achieved RPO %s%s%n", result.runId(), result.summary().result(),
                io.drillbook.core.calendar.HumanDuration.of(result.summary().recoveryTime()),
                io.drillbook.core.calendar.HumanDuration.of(result.summary().manual()),
                io.drillbook.core.calendar.HumanDuration.of(result.summary().achievedRpo()),
                rtoText(result));
    }

    /** ", within RTO 4 h" / ", RTO missed (4 h)" / ", RTO not demonstrated": only a passed drill can meet the RTO. */
    static String rtoText(DrillResult result) {
        return switch (result.rtoVerdict()) {
            case MET -> ", within RTO " + io.drillbook.core.calendar.HumanDuration.of(result.rtoTarget());
            case MISSED -> ", RTO missed (" + io.drillbook.core.calendar.HumanDuration.of(result.rtoTarget()) + ")";
            case NOT_DEMONSTRATED -> ", RTO not demonstrated";
            case UNKNOWN -> "";
        };
    }

    static int exitCode(RunResult result) {
        return switch (result) {
            case PASSED -> ExitCodes.OK;
            case FAILED -> ExitCodes.NO;
            default -> ExitCodes.ERROR;
        };
    }

    private static String toJson(EvidenceEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", event.seq());
        m.put("time", event.time().toString());
        m.put("actor", event.actor());
        m.put("kind", event.kind());
        m.put("subject", event.subject());
        try {
            m.put("payload", JSON.readTree(event.payload()));
            m.put("hash", event.hash());
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
