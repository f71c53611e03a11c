package io.drillbook.core.drill;

import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists drill runs that may have left something on their target (cut off by a crash, cleanup
 * failed, or a failed target kept for investigation) and runs their plan's cleanup steps later,
 * with the values stored when the run started. Secret values were never stored: they come from
 * the plan of the same name in the workspace or from the operator. Each cleanup holds the target's
 * run lock, updates the run's cleanup steps, and is recorded as a {@code drill.cleanup} event.
 */
public final class DrillCleanup {
    private final DrillJournal journal;
    private final DrillLeftoverStore store;
    private final EvidenceLog evidence;
    private final Transactions transactions;
    private final Authorizer access;
    private final RunLocks locks;
    private final DrillPlanLibrary plans;
    private final Function<String, RemoteShell> shells;
    private final Path outputDir;
    private final Clock clock;

    /** @param plans the workspace's plans, whose parameters fill in secrets never stored; null when there are none */
    @SuppressWarnings("java:S107")
    public DrillCleanup(DrillJournal journal, DrillLeftoverStore store, EvidenceLog evidence, Transactions transactions,
                        Authorizer access, RunLocks locks, DrillPlanLibrary plans, Function<String, RemoteShell> shells,
                        Path outputDir, Clock clock) {
        this.journal = journal;
        this.store = store;
        this.evidence = evidence;
        this.transactions = transactions;
        this.access = access;
        this.locks = locks;
        this.plans = plans;
        this.shells = shells;
        this.outputDir = outputDir;
        this.clock = clock;
    }

    /** Runs not cleaned up yet, oldest first; runs still running are not listed. */
    public List<Leftovers> pending() {
        List<Leftovers> out = new ArrayList<>();
        for (String runId : store.uncleaned()) {
            find(runId).filter(l -> l.run().result() != RunResult.RUNNING).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(l -> l.run().startedAt()));
        return out;
    }

    /** The run's leftovers; empty when it left nothing (or was cleaned up already). */
    public Optional<Leftovers> find(String runId) {
        if (!store.uncleaned().contains(runId)) {
            return Optional.empty();
        }
        Optional<DrillSummary> run = journal.run(runId);
        Optional<CleanupPlan> plan = store.plan(runId);
        if (run.isEmpty() || plan.isEmpty()) {
            return Optional.empty();
        }
        List<StepOutcome> steps = journal.steps(runId);
        List<StepOutcome> cleanup = steps.stream().filter(s -> s.kind() == StepKind.CLEANUP).toList();
        return Optional.of(new Leftovers(run.get(), plan.get(), store.keptUntil(runId).orElse(null), cleanup));
    }

    /**
     * Runs the cleanup steps of {@code runId} on its target as {@code operator}.
     *
     * @param values values for secret parameters that were masked at start, by parameter name
     * @return true when every cleanup step passed (the run is no longer listed)
     */
    public boolean cleanup(String runId, String operator, Map<String, String> values, DrillListener listener) {
        access.require(operator, Action.RUN_DRILL);
        Leftovers left = find(runId).orElseThrow(() -> new IllegalArgumentException("drill run " + runId
                + " has nothing to clean up (see: drillbook drill runs --interrupted)"));
        if (left.run().result() == RunResult.RUNNING) {
            throw new IllegalStateException("drill run " + runId + " is still running; it cleans up when it ends");
        }
        Map<String, String> variables = variables(left.cleanup(), values);
        String resource = LockResources.drillTarget(left.cleanup().targetProfile());
        try {
            locks.acquire(resource, operator);
        } catch (io.drillbook.core.team.RunLockedException e) {
            evidence.recordAs(operator, "drill.cleanup-refused", runId, Map.of("target", left.cleanup().targetProfile(),
                    "reason", String.valueOf(e.getMessage())));
            throw e;
        }
        boolean passed;
        try (RemoteShell shell = shells.apply(left.cleanup().targetProfile()); CommandSession session = shell.openSession()) {
            DrillRun run = new DrillRun(runId, journal.steps(runId), journal, evidence, transactions, listener, clock);
            StepExecutor executor = new StepExecutor(run, session, variables, outputDir.resolve(runId + "-cleanup"), false, clock);
            List<DrillStep> steps = left.cleanup().steps();
            for (int i = 0; i < steps.size(); i++) {
                executor.runCommand(left.cleanup().firstIndex() + i, steps.get(i), CancellationToken.none());
            }
            passed = run.steps().stream().filter(s -> s.kind() == StepKind.CLEANUP)
                    .allMatch(s -> s.state() == StepState.PASSED);
            boolean cleaned = passed;
            transactions.inOne(() -> {
                if (cleaned) {
                    store.cleaned(runId, clock.instant());
                }
                evidence.recordAs(operator, "drill.cleanup", runId, payload(left, run.steps(), cleaned));
            });
        } finally {
            locks.release(resource);
        }
        return passed;
    }

    private Map<String, String> variables(CleanupPlan cleanup, Map<String, String> values) {
        Map<String, String> out = new HashMap<>(cleanup.variables());
        Map<String, String> planParameters = plans == null ? Map.of()
                : plans.plan(cleanup.plan()).map(DrillPlan::parameters).orElse(Map.of());
        List<String> missing = new ArrayList<>();
        for (String name : cleanup.maskedNames()) {
            String param = name.startsWith("param.") ? name.substring("param.".length()) : name;
            String value = values.getOrDefault(param, planParameters.get(param));
            if (value == null) {
                missing.add(param);
            } else {
                out.put(name, value);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the cleanup needs the secret parameter(s) " + missing
                    + ", which were never stored: pass --param NAME=VALUE for each");
        }
        return out;
    }

    private static Map<String, Object> payload(Leftovers left, List<StepOutcome> steps, boolean passed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("plan", left.cleanup().plan());
        p.put("target", left.cleanup().targetProfile());
        p.put("why", left.why());
        p.put("result", passed ? "cleaned" : "failed");
        p.put("steps", steps.stream().filter(s -> s.kind() == StepKind.CLEANUP).map(s -> s.name() + ": " + s.state()
                + (s.message().isEmpty() ? "" : " (" + s.message() + ")")).toList());
        return p;
    }
}
