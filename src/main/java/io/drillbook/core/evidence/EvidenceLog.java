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
    private final java.util.Set<Long> recentOwnSeqs = java.util.Collections.newSetFromMap(
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<Long, Boolean>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > 1000;
                }
            }));

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
        EvidenceEvent event = repository.append(new EvidenceDraft(clock.instant(), who, kind, Redaction.redact(subject), json));
        recentOwnSeqs.add(event.seq());
        return event;
    }

    /** True when this process recorded event {@code seq} (among its last thousand): not news to its own screens. */
    public boolean recordedHere(long seq) {
        return recentOwnSeqs.contains(seq);
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
