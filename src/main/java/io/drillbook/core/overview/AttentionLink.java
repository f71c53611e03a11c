package io.drillbook.core.overview;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Objects;

/**
 * What an overview item is about, so a front end can open the place that deals with it.
 *
 * @param key    the release id, drill run id, gap sequence number, freeze name, playbook run id or refresh source name
 * @param target the system and environment concerned, or null
 * @param when   the moment to show (a release's start, a freeze's start), or null
 * @param detail a second key where one is needed (the playbook of a run), else empty
 */
public record AttentionLink(Kind kind, String key, SystemEnv target, Instant when, String detail) {

    /** Where an item leads. */
    public enum Kind {
        /** A release in the calendar (its readiness panel). */
        RELEASE,
        /** A target's row of the heat map, for the RPO. */
        COMPLIANCE_RPO,
        /** A target's row of the heat map, for the tested RPO. */
        COMPLIANCE_TESTED_RPO,
        /** A target that needs a new drill. */
        DRILL_DUE,
        /** One past drill run. */
        DRILL_RUN,
        /** The register of gaps. */
        GAP,
        /** A freeze in the calendar. */
        FREEZE,
        /** A playbook run (an active recovery). */
        PLAYBOOK_RUN,
        /** An inventory refresh source. */
        REFRESH_SOURCE,
        /** A pipeline's pre-release backup of a target. */
        BACKUP_RUN
    }

    public AttentionLink {
        Objects.requireNonNull(kind, "kind");
        key = key == null ? "" : key;
        detail = detail == null ? "" : detail;
    }

    public static AttentionLink of(Kind kind, String key, SystemEnv target) {
        return new AttentionLink(kind, key, target, null, "");
    }
}
