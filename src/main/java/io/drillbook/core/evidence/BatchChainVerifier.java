package io.drillbook.core.evidence;

import java.util.List;

/**
 * Verifies a chain fed in big batches at the speed of hashing: each event's hash depends only on its
 * own fields, so batches can be hashed anywhere, in any order and in parallel ({@link #hash}, e.g. on
 * the thread that read them); then sequence numbers and links are checked in order
 * ({@link #acceptHashed}), so the first broken event and the reason are exactly those
 * {@link ChainVerifier} names.
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

    /** A batch of consecutive events and, for each, whether its stored hash is the hash of its fields. */
    public record HashedBatch(List<EvidenceEvent> events, boolean[] matches) {
    }

    /** Hashes {@code batch} on the calling thread; needs nothing from the chain before it. */
    public static HashedBatch hash(List<EvidenceEvent> batch) {
        boolean[] matches = new boolean[batch.size()];
        for (int i = 0; i < matches.length; i++) {
            EvidenceEvent e = batch.get(i);
            matches[i] = EvidenceHashing.hashOf(e).equals(e.hash());
        }
        return new HashedBatch(batch, matches);
    }

    /** Hashes {@code batch} here, then checks it in order: {@link #acceptHashed} of {@link #hash}. */
    public boolean acceptBatch(List<EvidenceEvent> batch) {
        return acceptHashed(hash(batch));
    }

    /**
     * Checks sequence numbers and links of a hashed batch that follows the previous one.
     *
     * @return false once the chain is found broken; later batches are then ignored
     */
    public boolean acceptHashed(HashedBatch batch) {
        List<EvidenceEvent> events = batch.events();
        for (int i = 0; i < events.size(); i++) {
            if (!links.accept(events.get(i), batch.matches()[i])) {
                return false;
            }
        }
        return true;
    }

    public ChainVerification result() {
        return links.result();
    }
}
