package io.drillbook.core.playbook;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Objects;

/**
 * A playbook kept in the workspace: its YAML text as written, the target it is scoped to, and the
 * last change.
 */
public record StoredPlaybook(String name, SystemEnv target, String yaml, Instant updatedAt, String updatedBy) {
    public StoredPlaybook {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stored playbook needs a name");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
