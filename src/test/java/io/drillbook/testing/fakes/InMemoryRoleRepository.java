package io.drillbook.testing.fakes;

import io.drillbook.core.team.Role;
import io.drillbook.core.team.RoleRepository;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who holds which role, in a sorted map; the first-admin place is claimed once. */
public final class InMemoryRoleRepository implements RoleRepository {
    private final TreeMap<String, Set<Role>> roles = new TreeMap<>();
    private String firstAdmin;

    @Override
    public synchronized Set<Role> rolesOf(String user) {
        Set<Role> held = roles.get(user);
        return held == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held);
    }

    @Override
    public synchronized Map<String, Set<Role>> all() {
        Map<String, Set<Role>> out = new TreeMap<>();
        roles.forEach((user, held) -> out.put(user, EnumSet.copyOf(held)));
        return out;
    }

    @Override
    public synchronized boolean grant(String user, Role role, String grantedBy, Instant at) {
        return roles.computeIfAbsent(user, u -> EnumSet.noneOf(Role.class)).add(role);
    }

    @Override
    public synchronized boolean revoke(String user, Role role) {
        Set<Role> held = roles.get(user);
        boolean removed = held != null && held.remove(role);
        if (held != null && held.isEmpty()) {
            roles.remove(user);
        }
        return removed;
    }

    @Override
    public synchronized long countWith(Role role) {
        return roles.values().stream().filter(held -> held.contains(role)).count();
    }

    @Override
    public synchronized boolean claimFirstAdmin(String user, Instant at) {
        if (firstAdmin != null) {
            return false;
        }
        firstAdmin = user;
        return true;
    }
}
