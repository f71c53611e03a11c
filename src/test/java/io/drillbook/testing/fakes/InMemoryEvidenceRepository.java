package io.drillbook.testing.fakes;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.ChainVerifier;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.evidence.EvidenceRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The evidence chain in a list: appends are chained with the same hashing as the JDBC adapter. */
public final class InMemoryEvidenceRepository implements EvidenceRepository, InMemoryTransactions.Snapshotting {
    private final List<EvidenceEvent> events = new ArrayList<>();

    @Override
    public synchronized EvidenceEvent append(EvidenceDraft draft) {
        EvidenceDraft normalised = new EvidenceDraft(EvidenceHashing.normalise(draft.time()), draft.actor(), draft.kind(),
                draft.subject(), draft.payload());
        EvidenceEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        EvidenceEvent event = normalised.chainAfter(last == null ? 1 : last.seq() + 1, last == null ? EvidenceHashing.GENESIS : last.hash());
        events.add(event);
        return event;
    }

    @Override
    public synchronized Optional<EvidenceEvent> head() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    @Override
    public synchronized List<EvidenceEvent> find(EvidenceQuery q) {
        List<EvidenceEvent> out = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && out.size() < Math.max(1, q.limit()); i--) {
            if (matches(q).test(events.get(i))) {
                out.add(events.get(i));
            }
        }
        return out;
    }

    private static Predicate<EvidenceEvent> matches(EvidenceQuery q) {
        return e -> (q.from() == null || !e.time().isBefore(q.from()))
                && (q.to() == null || e.time().isBefore(q.to()))
                && (!present(q.kindPrefix()) || e.kind().startsWith(q.kindPrefix()))
                && (!present(q.subjectPrefix()) || e.subject().startsWith(q.subjectPrefix()))
                && (!present(q.actor()) || e.actor().equals(q.actor()))
                && (!present(q.text()) || containsText(e, q.text().toLowerCase(Locale.ROOT)))
                && (!present(q.system()) || e.subject().equals(q.system()) || e.subject().startsWith(q.system() + "/")
                        || e.payload().contains("\"system\":\"" + q.system() + "\""))
                && (!present(q.environment()) || e.subject().endsWith("/" + q.environment())
                        || e.payload().contains("\"environment\":\"" + q.environment() + "\""))
                && (!present(q.result()) || e.payload().toLowerCase(Locale.ROOT)
                        .contains("\"result\":\"" + q.result().toLowerCase(Locale.ROOT) + "\""));
    }

    private static boolean containsText(EvidenceEvent e, String text) {
        return e.subject().toLowerCase(Locale.ROOT).contains(text) || e.payload().toLowerCase(Locale.ROOT).contains(text)
                || e.kind().toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public synchronized Optional<EvidenceEvent> bySeq(long seq) {
        return events.stream().filter(e -> e.seq() == seq).findFirst();
    }

    @Override
    public void forEachInOrder(long fromSeq, long toSeq, Consumer<EvidenceEvent> consumer) {
        List<EvidenceEvent> copy;
        synchronized (this) {
            copy = List.copyOf(events);
        }
        copy.stream().filter(e -> e.seq() >= fromSeq && e.seq() <= toSeq).forEach(consumer);
    }

    @Override
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        forEachInOrder(1, Long.MAX_VALUE, verifier::accept);
        return verifier.result();
    }

    /** Replaces the stored event of the same sequence number: tampering, for tests of the checks. */
    public synchronized void tamper(EvidenceEvent replacement) {
        events.replaceAll(e -> e.seq() == replacement.seq() ? replacement : e);
    }

    @Override
    public synchronized Runnable snapshot() {
        List<EvidenceEvent> saved = List.copyOf(events);
        return () -> {
            synchronized (this) {
                events.clear();
                events.addAll(saved);
            }
        };
    }
}
