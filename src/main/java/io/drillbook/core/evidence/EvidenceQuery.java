package io.drillbook.core.evidence;

import java.time.Instant;

/**
 * A filter over the evidence log; null fields match everything.
 *
 * @param kindPrefix e.g. {@code drill.} for every drill event
 * @param text       matched case-insensitively against subject and payload
 */
public record EvidenceQuery(Instant from, Instant to, String kindPrefix, String subjectPrefix, String actor,
                            String text, int limit) {

    public static EvidenceQuery all(int limit) {
        return new EvidenceQuery(null, null, null, null, null, null, limit);
    }

    public EvidenceQuery withKindPrefix(String prefix) {
        return new EvidenceQuery(from, to, prefix, subjectPrefix, actor, text, limit);
    }

    public EvidenceQuery withSubjectPrefix(String prefix) {
        return new EvidenceQuery(from, to, kindPrefix, prefix, actor, text, limit);
    }

    public EvidenceQuery withText(String value) {
        return new EvidenceQuery(from, to, kindPrefix, subjectPrefix, actor, value, limit);
    }

    public EvidenceQuery between(Instant fromTime, Instant toTime) {
        return new EvidenceQuery(fromTime, toTime, kindPrefix, subjectPrefix, actor, text, limit);
    }
}
