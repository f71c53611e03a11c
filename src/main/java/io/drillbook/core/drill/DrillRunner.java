package io.drillbook.core.drill;

import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a drill plan against one backup on the caller's thread: steps in order, then checks, then
 * cleanup, which always runs (unless the plan keeps a failed target for investigation). Every
 * state change goes to the journal and the evidence log before a listener hears of it. A failed
 * step stops the remaining steps (checks count as skipped); a failed check does not stop the other
 * checks; a cancel marks what had not run as cancelled. What the cleanup needs is remembered at the
 * start, so a run cut off by a crash can be cleaned up later ({@link DrillCleanup}). The summary is
 * saved on finish and a passing drill marks its backup verified; a backup listed from an object
 * store is added to the inventory when the run starts, so that it can be.
 */
public final class DrillRunner {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillRunner.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'-'HHmmss").withZone(ZoneOffset.UTC);

    private final EvidenceLog evidence;
    private final DrillJournal journal;
    private final DrillRunRepository runs;
    private final BackupRepository backups;
    private final Clock clock;
    private Transactions transactions = Transactions.SEPARATE;
    private DrillLeftoverStore leftovers = DrillLeftoverStore.NONE;
    private final Supplier<String> runIds;

    public DrillRunner(EvidenceLog evidence, DrillJournal journal, DrillRunRepository runs, BackupRepository backups,
                       Clock clock) {
        this(evidence, journal, runs, backups, clock,
                () -> ID_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    /** @param runIds makes run ids: letters, digits and '-' only, unique per run */
    public DrillRunner(EvidenceLog evidence, DrillJournal journal, DrillRunRepository runs, BackupRepository backups,
                       Clock clock, Supplier<String> runIds) {
        this.evidence = evidence;
        this.journal = journal;
        this.runs = runs;
        this.backups = backups;
        this.clock = clock;
        this.runIds = runIds;
    }

    /** Commits each step's journal entry and evidence event together (by default they commit one by one). */
    public DrillRunner inTransactions(Transactions transactions) {
        this.transactions = transactions;
        return this;
    }

    /** Remembers each run's cleanup at its start, so that a run cut off by a crash can be cleaned up later. */
    public DrillRunner keepingLeftoversIn(DrillLeftoverStore store) {
        this.leftovers = store;
        return this;
    }

    public DrillResult run(DrillRequest request, RemoteShell shell, ManualStepGate gate, DrillListener listener,
                           CancellationToken cancel) {
        String runId = runIds.get();
        Instant started = clock.instant();
        DrillPlan plan = request.plan();
        Map<String, String> variables = DrillVariables.of(runId, request.backup(), plan.parameters());
        DrillRun run = begin(runId, request, started, listener, CleanupPlan.of(plan, variables));
        Duration manual;
        Instant recovered;
        boolean cleaned;
        try (CommandSession session = shell.openSession()) {
            StepExecutor executor = new StepExecutor(run, session, variables,
                    request.outputDir().resolve(runId), plan.keepFullOutput(), clock);
            RunPhases phases = new RunPhases(run, executor, gate, clock);
            try {
                manual = phases.restoreAndCheck(plan, cancel);
            } catch (RuntimeException e) {
                LOGGER.error("Drill run {} failed unexpectedly; running its cleanup", runId, e);
                phases.cleanup(plan);
                throw e;
            }
            recovered = clock.instant();
            cleaned = cleanupOrKeep(run, phases, plan);
        }
        return finish(run, request, started, recovered, manual, cleaned);
    }

    /** Runs the cleanup, or (a failed drill whose plan keeps its target) leaves it for later; true when cleanup passed. */
    private boolean cleanupOrKeep(DrillRun run, RunPhases phases, DrillPlan plan) {
        if (plan.keepFailedTarget() != null && RunPhases.outcome(run.steps()) == RunResult.FAILED) {
            Instant until = clock.instant().plus(plan.keepFailedTarget());
            transactions.inOne(() -> leftovers.keepUntil(run.id(), until));
            phases.keep(plan, "kept for investigation until " + until + " (then: drillbook drill cleanup " + run.id() + ")");
            return false;
        }
        phases.cleanup(plan);
        return run.steps().stream().filter(s -> s.kind() == StepKind.CLEANUP).allMatch(s -> s.state() == StepState.PASSED);
    }

    private DrillRun begin(String runId, DrillRequest request, Instant started, DrillListener listener, CleanupPlan cleanup) {
        boolean addedToInventory = request.choice().listed() && backups.addAll(List.of(request.backup())) > 0;
        List<StepOutcome> pending = RunPhases.pending(request.plan(), started);
        DrillSummary summary = new DrillSummary(runId, request.plan().systemEnv(), request.plan().name(),
                request.backup().externalId(), started, null, RunResult.RUNNING, null, null, null, null, request.operator());
        transactions.inOne(() -> {
            runs.save(summary);
            journal.saveTargetProfile(runId, request.plan().target());
            leftovers.remember(runId, cleanup);
            pending.forEach(step -> journal.save(runId, step));
            evidence.record("drill.started", runId, DrillEvidence.started(request, pending, addedToInventory));
        });
        DrillRun run = new DrillRun(runId, pending, journal, evidence, transactions, listener, clock);
        run.tell(l -> l.runStarted(runId, pending));
        LOGGER.info("Drill run {} of plan '{}' started on {} with backup {}", runId, request.plan().name(),
                request.plan().systemEnv(), request.backup().externalId());
        return run;
    }

    private DrillResult finish(DrillRun run, DrillRequest request, Instant started, Instant recovered, Duration manual,
                               boolean cleaned) {
        Duration recovery = StepExecutor.between(started, recovered);
        Duration automated = recovery.minus(manual).isNegative() ? Duration.ZERO : recovery.minus(manual);
        RunResult outcome = RunPhases.outcome(run.steps());
        DrillSummary summary = new DrillSummary(run.id(), request.plan().systemEnv(), request.plan().name(),
                request.backup().externalId(), started, clock.instant(), outcome, request.backup().ageAt(started),
                recovery, automated, manual, request.operator());
        DrillResult result = new DrillResult(summary, run.steps(),
                request.policy() == null ? null : request.policy().rpo(),
                request.policy() == null ? null : request.policy().rto());
        transactions.inOne(() -> {
            runs.save(summary);
            if (summary.passed()) {
                backups.markVerified(request.backup().target(), request.backup().externalId());
            }
            if (cleaned) {
                leftovers.cleaned(run.id(), clock.instant());
            }
            evidence.record("drill.finished", run.id(), DrillEvidence.finished(result));
        });
        run.tell(l -> l.runFinished(result));
        LOGGER.info("Drill run {} finished: {}", run.id(), outcome);
        return result;
    }
}
