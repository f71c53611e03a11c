package io.drillbook.core.evidence;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Append-only storage of the evidence chain. Appends are serialised, even across processes. */
public interface EvidenceRepository {

    /** Chains the draft after the current head and stores it atomically. */
    EvidenceEvent append(EvidenceDraft draft);

    Optional<EvidenceEvent> head();

    /** Events matching the query, newest first, at most {@code query.limit()}. */
    List<EvidenceEvent> find(EvidenceQuery query);

    Optional<EvidenceEvent> bySeq(long seq);

    /** Streams events with {@code fromSeq <= seq <= toSeq} in sequence order. */
    void forEachInOrder(long fromSeq, long toSeq, Consumer<EvidenceEvent> consumer);

    /** Walks the whole chain. */
    ChainVerification verify();
}
