package io.drillbook.core.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only evidence log. {@code hash} is the SHA-256 of the event's canonical
 * form, which includes {@code prevHash}, so each event vouches for every event before it.
 *
 * @param seq     position in the chain, starting at 1, without gaps
 * @param kind    what happened, dotted lower case, e.g. {@code release.changed}, {@code drill.step}
 * @param subject what it happened to, e.g. {@code shop/prod} or {@code REL-1042}
 * @param payload canonical JSON (sorted keys, no insignificant white space)
 */
public record EvidenceEvent(long seq, Instant time, String actor, String kind, String subject,
                            String payload, String prevHash, String hash) {
    public EvidenceEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
