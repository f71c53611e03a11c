package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The systems and environments a workspace knows: a system is known when it is defined, an
 * environment of a system when that system has a policy for it. Imports refuse anything else
 * (or create it when asked to).
 */
public final class KnownTargets {
    private final Set<String> systems = new HashSet<>();
    private final Set<SystemEnv> targets = new HashSet<>();
    private final Set<String> environments = new HashSet<>();

    public static KnownTargets of(Workspace... workspaces) {
        KnownTargets known = new KnownTargets();
        for (Workspace ws : workspaces) {
            ws.systems().stream().map(ProtectedSystem::name).forEach(known.systems::add);
            for (Policy p : ws.policies()) {
                known.targets.add(p.target());
                known.environments.add(p.target().environment());
            }
        }
        return known;
    }

    /** The targets among {@code wanted} that are not known, in order. */
    public Set<SystemEnv> unknown(Collection<SystemEnv> wanted) {
        Set<SystemEnv> missing = new TreeSet<>();
        wanted.stream().filter(t -> !targets.contains(t)).forEach(missing::add);
        return missing;
    }

    public boolean knowsSystem(String name) {
        return systems.contains(name);
    }

    public boolean knowsEnvironment(String name) {
        return environments.contains(name);
    }

    /** What is unknown among {@code wanted}: {@code unknown system 'x'} or {@code unknown environment 'y' of system 'x'}. */
    public List<String> describeUnknown(Collection<SystemEnv> wanted) {
        List<String> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (SystemEnv t : unknown(wanted)) {
            if (!systems.contains(t.system())) {
                if (named.add(t.system())) {
                    out.add("unknown system '" + t.system() + "'");
                }
            } else {
                out.add("unknown environment '" + t.environment() + "' of system '" + t.system() + "'");
            }
        }
        return out;
    }
}
