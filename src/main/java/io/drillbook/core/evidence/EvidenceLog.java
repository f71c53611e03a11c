package io.drillbook.core.evidence;

import io.drillbook.core.ports.EvidenceRepository;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one door through which anything is recorded as evidence. Every service that changes a
 * release, a policy, a backup or a run calls {@link #record} before it reports success.
 */
public final class EvidenceLog {
    private final EvidenceRepository repository;
    private final Clock clock;
    private final Supplier<String> actor;

    public EvidenceLog(EvidenceRepository repository, Clock clock, Supplier<String> actor) {
        this.repository = repository;
        this.clock = clock;
        this.actor = actor;
    }

    public EvidenceEvent record(String kind, String subject, Map<String, ?> payload) {
        return recordAs(actor.get(), kind, subject, payload);
    }

    public EvidenceEvent recordAs(String who, String kind, String subject, Map<String, ?> payload) {
        String json = CanonicalJson.write(Redaction.redactValues(payload));
        return repository.append(new EvidenceDraft(clock.instant(), who, kind, Redaction.redact(subject), json));
    }

    public ChainVerification verify() {
        return repository.verify();
    }

    public String currentActor() {
        return actor.get();
    }

    public EvidenceRepository repository() {
        return repository;
    }
}
