package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --create} adds for targets an import names but the workspace lacks: the system
 * (owned by whoever imports, tier 3) and, per environment, a default policy in force from today
 * that the team then edits in its workspace file.
 */
final class TargetCreation {
    static final Duration DEFAULT_RPO = Duration.ofHours(24);
    static final Duration DEFAULT_RTO = Duration.ofHours(4);
    static final Period DEFAULT_DRILL_EVERY = Period.ofDays(90);
    static final int DEFAULT_TIER = 3;

    private final List<ProtectedSystem> systems = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<String> described = new ArrayList<>();

    TargetCreation(KnownTargets known, Collection<SystemEnv> wanted, String owner, String source, LocalDate today) {
        Set<String> newSystems = new LinkedHashSet<>();
        for (SystemEnv t : known.unknown(wanted)) {
            if (!known.knowsSystem(t.system()) && newSystems.add(t.system())) {
                systems.add(new ProtectedSystem(t.system(), owner, DEFAULT_TIER, "created by import of " + source));
                described.add("system '" + t.system() + "' (owner " + owner + ", tier " + DEFAULT_TIER + ")");
            }
            policies.add(Policy.of(t, today, DEFAULT_RPO, DEFAULT_RTO, DEFAULT_DRILL_EVERY));
            described.add("environment '" + t.environment() + "' of system '" + t.system() + "' with the default policy rpo "
                    + DEFAULT_RPO + ", rto " + DEFAULT_RTO + ", drillEvery " + DEFAULT_DRILL_EVERY + " from " + today
                    + " (set its own in the workspace file)");
        }
    }

    Workspace asWorkspace() {
        return new Workspace(systems, policies, List.of(), List.of(), List.of(), List.of());
    }

    List<String> described() {
        return described;
    }

    boolean isEmpty() {
        return described.isEmpty();
    }
}
