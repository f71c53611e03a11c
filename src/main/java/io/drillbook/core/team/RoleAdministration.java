package io.drillbook.core.team;

import io.drillbook.core.evidence.EvidenceLog;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Granting and revoking roles: admins only, each change evidence, and never the last admin. */
public final class RoleAdministration {
    private final RoleRepository roles;
    private final AccessPolicy access;
    private final EvidenceLog evidence;
    private final Clock clock;

    public RoleAdministration(RoleRepository roles, AccessPolicy access, EvidenceLog evidence, Clock clock) {
        this.roles = roles;
        this.access = access;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** @return true when {@code user} did not hold {@code role} before */
    public boolean grant(String by, String user, Role role) {
        access.require(by, Action.MANAGE_ROLES);
        return evidence.commit(() -> roles.grant(user, role, by, clock.instant()),
                added -> added ? EvidenceLog.Entry.as(by, "role.granted", user, Map.of("role", role.label())) : null);
    }

    /** @return true when {@code user} held {@code role}; refuses to remove the last admin */
    public boolean revoke(String by, String user, Role role) {
        access.require(by, Action.MANAGE_ROLES);
        if (role == Role.ADMIN && roles.rolesOf(user).contains(Role.ADMIN) && roles.countWith(Role.ADMIN) <= 1) {
            throw new IllegalStateException(user + " is the workspace's only admin; grant admin to someone else first");
        }
        return evidence.commit(() -> roles.revoke(user, role),
                removed -> removed ? EvidenceLog.Entry.as(by, "role.revoked", user, Map.of("role", role.label())) : null);
    }

    public Map<String, Set<Role>> list(String by) {
        access.require(by, Action.READ);
        return roles.all();
    }
}
