package io.drillbook.core.evidence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    static List<EvidenceEvent> chainOf(int n) {
        List<EvidenceEvent> events = new ArrayList<>();
        String prev = EvidenceHashing.GENESIS;
        for (int i = 1; i <= n; i++) {
            EvidenceEvent e = new EvidenceDraft(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i), "alice",
                    "release.changed", "REL-" + i, "{\"n\":" + i + "}").chainAfter(i, prev);
            events.add(e);
            prev = e.hash();
        }
        return events;
    }

    static ChainVerification verify(List<EvidenceEvent> events) {
        ChainVerifier v = new ChainVerifier();
        events.forEach(v::accept);
        return v.result();
    }

    @Test
    void cleanChainVerifiesWithItsHeadHash() {
        List<EvidenceEvent> events = chainOf(5);
        ChainVerification result = verify(events);
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.headHash()).isEqualTo(events.get(4).hash());
    }

    @Test
    void editedPayloadIsNamed() {
        List<EvidenceEvent> events = chainOf(5);
        EvidenceEvent e = events.get(2);
        events.set(2, new EvidenceEvent(e.seq(), e.time(), e.actor(), e.kind(), e.subject(), "{\"n\":999}", e.prevHash(), e.hash()));
        ChainVerification result = verify(events);
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.problem()).contains("changed after it was recorded");
    }

    @Test
    void editedEventWithRecomputedHashBreaksTheNextLink() {
        List<EvidenceEvent> events = chainOf(5);
        EvidenceEvent e = events.get(1);
        EvidenceEvent forged = new EvidenceDraft(e.time(), "mallory", e.kind(), e.subject(), e.payload()).chainAfter(e.seq(), e.prevHash());
        events.set(1, forged);
        assertThat(verify(events).brokenAt()).isEqualTo(3);
    }

    @Test
    void deletedEventIsDetected() {
        List<EvidenceEvent> events = chainOf(5);
        events.remove(2);
        ChainVerification result = verify(events);
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.problem()).contains("event 3 is missing");
    }

    @Test
    void reorderedEventsAreDetected() {
        List<EvidenceEvent> events = chainOf(5);
        EvidenceEvent third = events.get(2);
        events.set(2, events.get(3));
        events.set(3, third);
        assertThat(verify(events).isIntact()).isFalse();
    }

    @Test
    void insertedEventIsDetected() {
        List<EvidenceEvent> events = chainOf(5);
        events.add(2, new EvidenceDraft(Instant.now(), "mallory", "release.changed", "REL-X", "{}").chainAfter(3, events.get(1).hash()));
        ChainVerification result = verify(events);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
    }

    @Test
    void hashCoversEveryField() {
        EvidenceDraft d = new EvidenceDraft(Instant.parse("2026-11-01T10:00:00Z"), "alice", "a.b", "s", "{}");
        String base = d.chainAfter(1, EvidenceHashing.GENESIS).hash();
        assertThat(new EvidenceDraft(d.time(), "bob", "a.b", "s", "{}").chainAfter(1, EvidenceHashing.GENESIS).hash()).isNotEqualTo(base);
        assertThat(new EvidenceDraft(d.time(), "alice", "a.c", "s", "{}").chainAfter(1, EvidenceHashing.GENESIS).hash()).isNotEqualTo(base);
        assertThat(new EvidenceDraft(d.time(), "alice", "a.b", "t", "{}").chainAfter(1, EvidenceHashing.GENESIS).hash()).isNotEqualTo(base);
        assertThat(new EvidenceDraft(d.time().plusMillis(1), "alice", "a.b", "s", "{}").chainAfter(1, EvidenceHashing.GENESIS).hash()).isNotEqualTo(base);
        assertThat(d.chainAfter(2, EvidenceHashing.GENESIS).hash()).isNotEqualTo(base);
    }
}
