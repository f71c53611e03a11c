package io.drillbook.core.drill;

import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.ports.WorkspaceRepository;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLocks;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
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

    public DrillResult run(DrillOrder order, ManualStepGate gate, DrillListener listener, CancellationToken cancel) {
        access.require(order.operator(), Action.RUN_DRILL);
        DrillPlan plan = order.effectivePlan();
        DrillRequest request = new DrillRequest(plan, order.choice(), policyInForce(plan.systemEnv()).orElse(null),
                order.operator(), outputDir);
        String resource = LockResources.drillTarget(plan.target());
        locks.acquire(resource, order.operator());
        try (RemoteShell shell = shells.apply(plan.target())) {
            return runner.run(request, shell, gate, listener, cancel);
        } finally {
            locks.release(resource);
        }
    }

    /** The newest policy of {@code target} whose effective date is not after today. */
    public Optional<Policy> policyInForce(SystemEnv target) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return workspace.policies().stream()
                .filter(p -> p.target().equals(target) && !p.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(Policy::effectiveFrom));
    }
}
