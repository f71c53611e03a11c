package io.drillbook.core.evidence;

import java.time.Instant;
import java.util.Objects;

/** An event about to be appended: everything but its place in the chain. */
public record EvidenceDraft(Instant time, String actor, String kind, String subject, String payload) {
    public EvidenceDraft {
        Objects.requireNonNull(time, "time");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an evidence event needs an actor");
        }
        if (kind == null || !kind.matches("[a-z][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("evidence kind must be dotted lower case, was '" + kind + "'");
        }
        subject = subject == null ? "" : subject;
        payload = payload == null || payload.isBlank() ? "{}" : payload;
    }

    /** Seals this draft as event number {@code seq} following {@code prevHash}. */
    public EvidenceEvent chainAfter(long seq, String prevHash) {
        String hash = EvidenceHashing.hashOf(seq, time, actor, kind, subject, payload, prevHash);
        return new EvidenceEvent(seq, time, actor, kind, subject, payload, prevHash, hash);
    }
}
