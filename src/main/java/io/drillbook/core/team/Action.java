package io.drillbook.core.team;

import java.util.EnumSet;
import java.util.Set;

/** Everything that needs a role, with the roles that allow it (an admin may do everything). */
public enum Action {
    READ("read the workspace", Role.values()),
    EXPORT("export reports and files", Role.values()),
    EDIT_CALENDAR("change releases and calendar entries", Role.RELEASE_MANAGER),
    DECIDE_GATE("record release gate decisions", Role.RELEASE_MANAGER),
    WAIVE_GATE("waive a release gate", Role.RELEASE_MANAGER),
    RUN_PLAYBOOK("run rollback playbooks", Role.INCIDENT_COMMANDER),
    RUN_DRILL("run restore drills", Role.DRILL_OPERATOR),
    EDIT_DRILL_PLANS("add, replace and delete drill plans", Role.DRILL_OPERATOR),
    RUN_BACKUP("take pre-release backups", Role.RELEASE_MANAGER, Role.DRILL_OPERATOR),
    IMPORT_BACKUPS("import and refresh the backup inventory", Role.DRILL_OPERATOR),
    TEST_CONNECTIONS("test connections and trust their host keys", Role.DRILL_OPERATOR, Role.INCIDENT_COMMANDER),
    APPROVE_STEPS("approve or confirm steps of someone else's playbook run",
            Role.RELEASE_MANAGER, Role.INCIDENT_COMMANDER, Role.DRILL_OPERATOR),
    EDIT_POLICIES("change recovery policies", Role.ADMIN),
    EDIT_PROFILES("change connection profiles", Role.ADMIN),
    TRACK_GAPS("change the status of gaps drills and playbook runs found",
            Role.DRILL_OPERATOR, Role.INCIDENT_COMMANDER, Role.RELEASE_MANAGER),
    MANAGE_ROLES("grant and revoke roles", Role.ADMIN),
    ARCHIVE_EVIDENCE("archive and prune evidence", Role.ADMIN),
    FORWARD_EVIDENCE("forward evidence to a SIEM and keep its position", Role.ADMIN),
    ANCHOR_EVIDENCE("sign the evidence chain's head and publish it outside the database", Role.ADMIN),
    MOVE_WORKSPACE("move the workspace to another database", Role.ADMIN);

    private final String description;
    private final Set<Role> allowed;

    Action(String description, Role... allowed) {
        this.description = description;
        this.allowed = EnumSet.of(Role.ADMIN, allowed);
    }

    public String description() {
        return description;
    }

    public boolean allowedFor(Set<Role> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }

    /** The roles that allow this, to tell a refused person whom to ask for what. */
    public Set<Role> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }
}
