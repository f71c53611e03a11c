package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;

import java.util.Objects;

/**
 * A policy as stored, with the version an edit must name to be accepted.
 *
 * @param version 0 for a policy not stored yet
 */
public record VersionedPolicy(Policy policy, long version) {
    public VersionedPolicy {
        Objects.requireNonNull(policy, "policy");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new policy, not stored yet. */
    public static VersionedPolicy unsaved(Policy policy) {
        return new VersionedPolicy(policy, 0);
    }

    /** The same stored version with edited content. */
    public VersionedPolicy edited(Policy changed) {
        return new VersionedPolicy(changed, version);
    }
}
