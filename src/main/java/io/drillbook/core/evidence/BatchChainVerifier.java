package io.drillbook.core.evidence;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Verifies a chain fed in big batches at the speed of hashing: the events of a batch are hashed in
 * parallel (each event's hash depends only on its own fields), then sequence numbers and links are
 * checked in order, so the first broken event and the reason are exactly those {@link ChainVerifier}
 * names.
 */
public final class BatchChainVerifier {
    private final ChainVerifier links;

    public BatchChainVerifier() {
        this(new ChainVerifier());
    }

    public BatchChainVerifier(long firstSeq, String anchorHash) {
        this(new ChainVerifier(firstSeq, anchorHash));
    }

    private BatchChainVerifier(ChainVerifier links) {
        this.links = links;
    }

    /** @return false once the chain is found broken; later batches are then ignored */
    public boolean acceptBatch(List<EvidenceEvent> batch) {
        int n = batch.size();
        boolean[] matches = new boolean[n];
        IntStream range = IntStream.range(0, n);
        (n >= 256 ? range.parallel() : range).forEach(i -> {
            EvidenceEvent e = batch.get(i);
            matches[i] = EvidenceHashing.hashOf(e).equals(e.hash());
        });
        for (int i = 0; i < n; i++) {
            if (!links.accept(batch.get(i), matches[i])) {
                return false;
            }
        }
        return true;
    }

    public ChainVerification result() {
        return links.result();
    }
}
