package io.drillbook.core.evidence;

import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.evidence.Transactions;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one door through which anything is recorded as evidence. A change to the workspace (a
 * release, a policy, an import, a profile, a role, a plan) goes through {@link #commit}: the change
 * and its evidence event commit in one transaction, or neither does. {@link #record} alone is for
 * events that are the whole of what happens (a gate decision, a refusal); an architecture rule
 * keeps it to the classes allowed to use it.
 */
public final class EvidenceLog {
    private final EvidenceRepository repository;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Transactions transactions;
    private final java.util.Set<Long> recentOwnSeqs = java.util.Collections.newSetFromMap(
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<Long, Boolean>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > 1000;
                }
            }));

    /** A log whose {@link #commit} runs change and event one after the other (memory stores, tests). */
    public EvidenceLog(EvidenceRepository repository, Clock clock, Supplier<String> actor) {
        this(repository, clock, actor, Transactions.SEPARATE);
    }

    /** A log whose {@link #commit} puts a change and its event in one transaction of {@code transactions}. */
    public EvidenceLog(EvidenceRepository repository, Clock clock, Supplier<String> actor, Transactions transactions) {
        this.repository = repository;
        this.clock = clock;
        this.actor = actor;
        this.transactions = transactions;
    }

    /**
     * The evidence event a change is recorded with.
     *
     * @param actor who, or null for the current operator
     */
    public record Entry(String actor, String kind, String subject, Map<String, ?> payload) {
        public static Entry of(String kind, String subject, Map<String, ?> payload) {
            return new Entry(null, kind, subject, payload);
        }

        public static Entry as(String actor, String kind, String subject, Map<String, ?> payload) {
            return new Entry(actor, kind, subject, payload);
        }
    }

    /**
     * Runs {@code change} and records the event {@code evidenceOf} makes of its result, in one
     * transaction: if either fails, neither is kept. {@code evidenceOf} may return null when the
     * change changed nothing (then nothing is recorded).
     */
    public <T> T commit(Supplier<T> change, Function<? super T, Entry> evidenceOf) {
        Object[] result = new Object[1];
        transactions.inOne(() -> {
            T value = change.get();
            Entry entry = evidenceOf.apply(value);
            if (entry != null) {
                recordAs(entry.actor() == null ? actor.get() : entry.actor(), entry.kind(), entry.subject(), entry.payload());
            }
            result[0] = value;
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** {@link #commit(Supplier, Function)} for a change with no result. */
    public void commit(Runnable change, Entry entry) {
        commit(() -> {
            change.run();
            return Boolean.TRUE;
        }, done -> entry);
    }

    public EvidenceEvent record(String kind, String subject, Map<String, ?> payload) {
        return recordAs(actor.get(), kind, subject, payload);
    }

    public EvidenceEvent recordAs(String who, String kind, String subject, Map<String, ?> payload) {
        String redacted = Redaction.redact(subject);
        Map<String, ?> full = EvidenceLimits.keepFullSubject(redacted, Redaction.redactValues(payload));
        String json = CanonicalJson.write(full);
        EvidenceEvent event = repository.append(new EvidenceDraft(clock.instant(), EvidenceLimits.actor(who), kind,
                EvidenceLimits.subject(redacted), json));
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
