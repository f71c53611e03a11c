package io.drillbook.core.team;

import io.drillbook.core.evidence.EvidenceLog;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a person may do something, from their roles. On an embedded workspace the
 * local operator is admin; on a shared one the first person to connect becomes admin and
 * everyone after that a viewer until an admin grants more. Refusals are evidence ({@code access.denied}).
 */
public final class AccessPolicy implements Authorizer {
    /** The actor recorded for roles Drillbook gives by itself. */
    public static final String SYSTEM = "drillbook";

    private final RoleRepository roles;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final boolean sharedWorkspace;

    public AccessPolicy(RoleRepository roles, EvidenceLog evidence, Clock clock, boolean sharedWorkspace) {
        this.roles = roles;
        this.evidence = evidence;
        this.clock = clock;
        this.sharedWorkspace = sharedWorkspace;
    }

    /** Call when {@code user} opens the workspace: gives a newcomer their first role. @return their roles */
    public Set<Role> enrol(String user) {
        Set<Role> held = roles.rolesOf(user);
        if (!held.isEmpty()) {
            return held;
        }
        boolean admin = !sharedWorkspace || roles.claimFirstAdmin(user, clock.instant());
        Role first = admin ? Role.ADMIN : Role.VIEWER;
        if (roles.grant(user, first, SYSTEM, clock.instant())) {
            evidence.recordAs(SYSTEM, "role.granted", user, Map.of("role", first.label(),
                    "reason", !sharedWorkspace ? "local operator of an embedded workspace"
                            : admin ? "first user of the shared workspace" : "new user of the shared workspace"));
        }
        return roles.rolesOf(user);
    }

    public boolean permits(String user, Action action) {
        return action.allowedFor(roles.rolesOf(user));
    }

    /** Returns quietly when allowed; otherwise records {@code access.denied} and throws. */
    @Override
    public void require(String user, Action action) {
        // An embedded workspace has one person at its keyboard, whatever name they give: the local operator.
        Set<Role> held = sharedWorkspace ? roles.rolesOf(user) : enrol(user);
        if (action.allowedFor(held)) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", action.name().toLowerCase(Locale.ROOT));
        payload.put("roles", labels(held));
        evidence.recordAs(user, "access.denied", user, payload);
        throw new AccessDeniedException(user + " may not " + action.description() + " (roles: "
                + (held.isEmpty() ? "none" : String.join(", ", labels(held))) + "); it needs one of: "
                + String.join(", ", labels(action.allowedRoles())), user, action);
    }

    /** Records a refusal decided elsewhere (a name someone tried to act as) as {@code access.denied}. */
    public void recordRefusal(AccessDeniedException refusal) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", refusal.action().name().toLowerCase(Locale.ROOT));
        payload.put("reason", refusal.getMessage());
        evidence.recordAs(refusal.user(), "access.denied", refusal.user(), payload);
    }

    static List<String> labels(Set<Role> set) {
        EnumSet<Role> sorted = EnumSet.noneOf(Role.class);
        sorted.addAll(set);
        return sorted.stream().map(Role::label).collect(Collectors.toList());
    }
}
