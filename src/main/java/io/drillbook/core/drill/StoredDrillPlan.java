package io.drillbook.core.drill;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Objects;

/** A drill plan as kept in the workspace: its YAML text as written, who changed it last and when. */
public record StoredDrillPlan(String name, SystemEnv target, String yaml, Instant updatedAt, String updatedBy) {
    public StoredDrillPlan {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stored drill plan needs a name");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
