package io.drillbook.core.model;

import java.util.Objects;

/**
 * Something that holds data worth recovering: a database, a file store, a cluster namespace.
 * Named "protected system" in code so it never shadows {@link java.lang.System}.
 *
 * @param name        unique short name, e.g. {@code shop}
 * @param owner       the person or team accountable for its recovery
 * @param tier        business criticality, 1 is the most critical
 * @param description free text, may be empty
 */
public record ProtectedSystem(String name, String owner, int tier, String description) {
    public ProtectedSystem {
        Names.requireName(name, "system name");
        Objects.requireNonNull(owner, "owner");
        if (tier < 1 || tier > 5) {
            throw new IllegalArgumentException("tier must be 1 to 5, was " + tier);
        }
        description = description == null ? "" : description;
    }
}
