package io.drillbook.core.evidence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Hashing batches in parallel, or elsewhere and in any order, names the same first broken event, for the same reason, as the one-by-one verifier. */
class BatchChainVerifierTest {

    static ChainVerification inBatches(List<EvidenceEvent> events, int batch) {
        BatchChainVerifier v = new BatchChainVerifier();
        for (int i = 0; i < events.size(); i += batch) {
            if (!v.acceptBatch(events.subList(i, Math.min(events.size(), i + batch)))) {
                break;
            }
        }
        return v.result();
    }

    /** Hashes the batches last one first (as reader threads may finish them), then checks them in order. */
    static ChainVerification hashedOutOfOrder(List<EvidenceEvent> events, int batch) {
        List<BatchChainVerifier.HashedBatch> hashed = new ArrayList<>();
        for (int i = 0; i < events.size(); i += batch) {
            hashed.add(null);
        }
        for (int b = hashed.size() - 1; b >= 0; b--) {
            hashed.set(b, BatchChainVerifier.hash(events.subList(b * batch, Math.min(events.size(), (b + 1) * batch))));
        }
        BatchChainVerifier v = new BatchChainVerifier();
        for (BatchChainVerifier.HashedBatch h : hashed) {
            if (!v.acceptHashed(h)) {
                break;
            }
        }
        return v.result();
    }

    static void sameVerdict(Consumer<List<EvidenceEvent>> tamper) {
        List<EvidenceEvent> events = new ArrayList<>(ChainVerifierTest.chainOf(3000));
        tamper.accept(events);
        ChainVerification oneByOne = ChainVerifierTest.verify(events);
        assertThat(inBatches(events, 1000)).isEqualTo(oneByOne);
        assertThat(inBatches(events, 700)).isEqualTo(oneByOne);
        assertThat(hashedOutOfOrder(events, 700)).isEqualTo(oneByOne);
    }

    @Test
    void intactChainGivesTheSameHead() {
        List<EvidenceEvent> events = ChainVerifierTest.chainOf(3000);
        assertThat(inBatches(events, 1000).describe()).isEqualTo("OK: 3000 events, head " + events.get(2999).hash());
        assertThat(hashedOutOfOrder(events, 1000).describe()).isEqualTo("OK: 3000 events, head " + events.get(2999).hash());
    }

    @Test
    void editsDeletionsAndReorderingsGetTheSameVerdict() {
        sameVerdict(events -> {
            EvidenceEvent e = events.get(2500);
            events.set(2500, new EvidenceEvent(e.seq(), e.time(), e.actor(), e.kind(), e.subject(), "{}", e.prevHash(), e.hash()));
        });
        sameVerdict(events -> events.subList(1000, 1700).clear());
        sameVerdict(events -> {
            EvidenceEvent a = events.get(1999);
            events.set(1999, events.get(2000));
            events.set(2000, a);
        });
        sameVerdict(events -> {
            EvidenceEvent late = events.get(2900);
            events.set(2900, new EvidenceEvent(late.seq(), late.time(), late.actor(), late.kind(), late.subject(), "{\"x\":1}",
                    late.prevHash(), late.hash()));
            events.remove(100);
        });
    }
}
