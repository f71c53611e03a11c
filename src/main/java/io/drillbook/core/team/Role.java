package io.drillbook.core.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person may do in a workspace; a person holds one or more. */
public enum Role {
    /** Reads and exports. */
    VIEWER,
    /** Calendar, release gates and waivers. */
    RELEASE_MANAGER,
    /** Rollback playbooks. */
    INCIDENT_COMMANDER,
    /** Restore drills. */
    DRILL_OPERATOR,
    /** Policies, connection profiles and roles; may do everything. */
    ADMIN;

    /** The name people type and read: {@code release-manager}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label ({@code drill-operator}) or constant name; the error lists the valid ones. */
    public static Role parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + text + "'; roles are "
                        + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "))));
    }
}
