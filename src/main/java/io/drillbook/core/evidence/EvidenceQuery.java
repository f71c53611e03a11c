package io.drillbook.core.evidence;

import java.time.Instant;

/**
 * A filter over the evidence log; null or blank fields match everything.
 *
 * @param kindPrefix  e.g. {@code drill.} for every drill event
 * @param text        matched case-insensitively against subject and payload
 * @param system      subject {@code system} or {@code system/...}, or payload field {@code system}
 * @param environment subject {@code .../environment} or payload field {@code environment}
 * @param result      payload field {@code result}, case-insensitively
 */
public record EvidenceQuery(Instant from, Instant to, String kindPrefix, String subjectPrefix, String actor,
                            String text, int limit, String system, String environment, String result) {

    public EvidenceQuery(Instant from, Instant to, String kindPrefix, String subjectPrefix, String actor, String text, int limit) {
        this(from, to, kindPrefix, subjectPrefix, actor, text, limit, null, null, null);
    }

    public static EvidenceQuery all(int limit) {
        return new EvidenceQuery(null, null, null, null, null, null, limit);
    }

    public EvidenceQuery withActor(String value) {
        return new EvidenceQuery(from, to, kindPrefix, subjectPrefix, value, text, limit, system, environment, result);
    }

    /** Narrows to one system, environment and result (null or blank: any). */
    public EvidenceQuery withTarget(String systemName, String environmentName, String resultValue) {
        return new EvidenceQuery(from, to, kindPrefix, subjectPrefix, actor, text, limit, systemName, environmentName, resultValue);
    }

    public EvidenceQuery withKindPrefix(String prefix) {
        return new EvidenceQuery(from, to, prefix, subjectPrefix, actor, text, limit, system, environment, result);
    }

    public EvidenceQuery withSubjectPrefix(String prefix) {
        return new EvidenceQuery(from, to, kindPrefix, prefix, actor, text, limit, system, environment, result);
    }

    public EvidenceQuery withText(String value) {
        return new EvidenceQuery(from, to, kindPrefix, subjectPrefix, actor, value, limit, system, environment, result);
    }

    public EvidenceQuery between(Instant fromTime, Instant toTime) {
        return new EvidenceQuery(fromTime, toTime, kindPrefix, subjectPrefix, actor, text, limit, system, environment, result);
    }
}
