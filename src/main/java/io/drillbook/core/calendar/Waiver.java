package io.drillbook.core.calendar;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Objects;

/**
 * A named person's permission to go despite a failing gate, for one release and/or one system and
 * environment, until it expires.
 *
 * @param releaseId null when the waiver covers every release of {@code target}
 * @param target    null when the waiver covers every target of release {@code releaseId}
 */
public record Waiver(String id, Gate gate, String releaseId, SystemEnv target, String waivedBy, String reason,
                     Instant createdAt, Instant expiresAt) {
    public Waiver {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gate, "gate");
        if (releaseId == null && target == null) {
            throw new IllegalArgumentException("a waiver needs a release or a system and environment");
        }
        if (waivedBy == null || waivedBy.isBlank()) {
            throw new IllegalArgumentException("a waiver needs the name of the person who waives");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a waiver must expire after it is given");
        }
    }

    /** True when this waiver covers {@code gate} for {@code target} and {@code release} at {@code at}. */
    public boolean covers(Gate g, SystemEnv t, String release, Instant at) {
        return gate == g
                && (target == null || target.equals(t))
                && (releaseId == null || releaseId.equals(release))
                && !at.isBefore(createdAt) && at.isBefore(expiresAt);
    }

    public String scope() {
        String onTarget = target == null ? "" : target.toString();
        return releaseId == null ? onTarget : onTarget.isEmpty() ? releaseId : releaseId + " on " + onTarget;
    }
}
