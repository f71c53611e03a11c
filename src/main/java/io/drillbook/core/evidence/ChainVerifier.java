package io.drillbook.core.evidence;

/**
 * Walks events in sequence order and names the first that breaks the chain: an edited event
 * (its hash no longer matches its content), a deleted or inserted one (a gap or repeat in the
 * sequence, or a link to the wrong predecessor) and a reordered one (wrong predecessor).
 * Feed it with {@link #accept(EvidenceEvent)} so a million events never sit in memory at once.
 */
public final class ChainVerifier {
    private long expectedSeq;
    private String prevHash;
    private long checked;
    private ChainVerification failure;

    /** Verifies a whole chain from its first event. */
    public ChainVerifier() {
        this(1, EvidenceHashing.GENESIS);
    }

    /** Verifies a segment that starts at {@code firstSeq} after an event with hash {@code anchorHash}. */
    public ChainVerifier(long firstSeq, String anchorHash) {
        this.expectedSeq = firstSeq;
        this.prevHash = anchorHash;
    }

    /** @return false once the chain is found broken; later events are then ignored */
    public boolean accept(EvidenceEvent e) {
        return failure == null && accept(e, EvidenceHashing.hashOf(e).equals(e.hash()));
    }

    /**
     * Like {@link #accept(EvidenceEvent)} with the event's hash already recomputed and compared
     * (possibly on another thread): {@code hashMatches} says whether it equals {@code e.hash()}.
     */
    public boolean accept(EvidenceEvent e, boolean hashMatches) {
        if (failure != null) {
            return false;
        }
        if (e.seq() != expectedSeq) {
            return fail(e.seq(), e.seq() < expectedSeq
                    ? "event " + e.seq() + " repeats or is out of order (expected " + expectedSeq + ")"
                    : e.seq() == expectedSeq + 1 ? "event " + expectedSeq + " is missing"
                    : "events " + expectedSeq + " to " + (e.seq() - 1) + " are missing");
        }
        if (!e.prevHash().equals(prevHash)) {
            return fail(e.seq(), "event " + e.seq() + " does not follow the event before it (previous hash differs)");
        }
        if (!hashMatches) {
            return fail(e.seq(), "event " + e.seq() + " (" + e.kind() + ", " + e.subject() + ") was changed after it was recorded");
        }
        prevHash = e.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    public ChainVerification result() {
        return failure != null ? failure : ChainVerification.intact(checked, prevHash);
    }

    private boolean fail(long at, String problem) {
        failure = ChainVerification.broken(checked, prevHash, at, problem);
        return false;
    }
}
