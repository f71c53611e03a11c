package io.drillbook.core.connect;

import io.drillbook.core.evidence.EvidenceLog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A host-key decision whose answer is evidence: {@code host-key.trusted} when an unknown key is
 * accepted (and then recorded as known), {@code host-key.refused} when it is not, each with the
 * host, port, key type and SHA-256 fingerprint. A key that differs from the one on record is refused
 * without asking; {@link #refused(EvidenceLog, HostKeyException)} records that from the exception.
 */
public final class RecordedHostKeyDecision implements HostKeyDecision {
    private final HostKeyDecision decision;
    private final EvidenceLog evidence;

    public RecordedHostKeyDecision(HostKeyDecision decision, EvidenceLog evidence) {
        this.decision = decision;
        this.evidence = evidence;
    }

    @Override
    public boolean accept(HostKeyCandidate candidate) {
        boolean accepted = decision.accept(candidate);
        Map<String, Object> p = payload(candidate);
        if (accepted) {
            evidence.record("host-key.trusted", candidate.hostAndPort(), p);
        } else {
            p.put("reason", "unknown key, not accepted");
            evidence.record("host-key.refused", candidate.hostAndPort(), p);
        }
        return accepted;
    }

    /** Records a key refused because a different one is on record (unknown keys are recorded when asked about). */
    public static void refused(EvidenceLog evidence, HostKeyException e) {
        if (!e.changed() || e.offered() == null) {
            return;
        }
        Map<String, Object> p = payload(e.offered());
        p.put("reason", "changed: " + e.getMessage());
        evidence.record("host-key.refused", e.offered().hostAndPort(), p);
    }

    private static Map<String, Object> payload(HostKeyCandidate candidate) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("host", candidate.host());
        p.put("port", candidate.port());
        p.put("keyType", candidate.keyType());
        p.put("fingerprint", candidate.fingerprint());
        return p;
    }
}
