package io.drillbook.core.team;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Who holds which roles in a workspace. */
public interface RoleRepository {

    Set<Role> rolesOf(String user);

    /** Every user with at least one role, sorted by name. */
    Map<String, Set<Role>> all();

    /** Adds {@code role} to {@code user}; nothing changes when they hold it already. @return true when added */
    boolean grant(String user, Role role, String grantedBy, Instant at);

    /** @return true when {@code user} held {@code role} */
    boolean revoke(String user, Role role);

    /** How many users hold {@code role}. */
    long countWith(Role role);

    /**
     * Claims the workspace's first-admin place for {@code user}: true for exactly one caller ever,
     * even when several consoles connect at once.
     */
    boolean claimFirstAdmin(String user, Instant at);
}
