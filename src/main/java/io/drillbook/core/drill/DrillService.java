package io.drillbook.core.drill;

import io.drillbook.core.connect.HostKeyException;
import io.drillbook.core.connect.RecordedHostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLockedException;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a drill the way both front ends need it: checks the operator may run drills, takes the
 * isolated target's run lock (a second drill on the same target is refused naming the holder),
 * opens the target's shell, finds the policy in force, runs, and releases the lock and the shell.
 */
public final class DrillService {
    private final DrillRunner runner;
    private final Authorizer access;
    private final RunLocks locks;
    private final WorkspaceRepository workspace;
    private final Function<String, RemoteShell> shells;
    private final Path outputDir;
    private final Clock clock;
    private EvidenceLog evidence;

    /** @param shells opens a shell on the connection profile of that name (throws when unknown or unreachable) */
    public DrillService(DrillRunner runner, Authorizer access, RunLocks locks, WorkspaceRepository workspace,
                        Function<String, RemoteShell> shells, Path outputDir, Clock clock) {
        this.runner = runner;
        this.access = access;
        this.locks = locks;
        this.workspace = workspace;
        this.shells = shells;
        this.outputDir = outputDir;
        this.clock = clock;
    }

    /** Records why a drill could not start (lock refused, connection or storage failed) in this log. */
    public DrillService recordingRefusalsIn(EvidenceLog log) {
        this.evidence = log;
        return this;
    }

    public DrillResult run(DrillOrder order, ManualStepGate gate, DrillListener listener, CancellationToken cancel) {
        access.require(order.operator(), Action.RUN_DRILL);
        DrillPlan plan = order.effectivePlan();
        DrillRequest request = new DrillRequest(plan, order.choice(), policyInForce(plan.systemEnv()).orElse(null),
                order.operator(), outputDir);
        String resource = LockResources.drillTarget(plan.target());
        try {
            locks.acquire(resource, order.operator());
        } catch (RunLockedException e) {
            couldNotStart(plan, order.operator(), "lock", e);
            throw e;
        }
        try {
            RemoteShell shell = openTarget(plan, order.operator());
            try (shell) {
                return runner.run(request, shell, gate, listener, cancel);
            }
        } finally {
            locks.release(resource);
        }
    }

    private RemoteShell openTarget(DrillPlan plan, String operator) {
        try {
            return shells.apply(plan.target());
        } catch (RuntimeException e) {
            couldNotStart(plan, operator, "connection", e);
            throw e;
        }
    }

    /**
     * Records {@code drill.could-not-start} for a drill refused or failed before its first step:
     * {@code stage} is lock, connection or storage (the backup listing); a changed host key is also
     * recorded as {@code host-key.refused} with both fingerprints.
     */
    public void couldNotStart(DrillPlan plan, String operator, String stage, RuntimeException why) {
        if (evidence == null) {
            return;
        }
        if (why instanceof HostKeyException e) {
            RecordedHostKeyDecision.refused(evidence, e);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("plan", plan.name());
        p.put("system", plan.system());
        p.put("environment", plan.environment());
        p.put("target", plan.target());
        p.put("operator", operator);
        p.put("stage", stage);
        p.put("reason", String.valueOf(why.getMessage()));
        if (why instanceof RunLockedException e && e.holder() != null) {
            p.put("heldBy", e.holder().holder());
        }
        evidence.recordAs(operator, "drill.could-not-start", plan.systemEnv().toString(), p);
    }

    /** The newest policy of {@code target} whose effective date is not after today. */
    public Optional<Policy> policyInForce(SystemEnv target) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return workspace.policies().stream()
                .filter(p -> p.target().equals(target) && !p.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(Policy::effectiveFrom));
    }
}
