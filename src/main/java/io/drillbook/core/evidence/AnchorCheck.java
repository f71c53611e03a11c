package io.drillbook.core.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Proves that a chain still contains an anchored head: the event at the anchor's seq is there and
 * has the anchor's hash. The chain itself must have been verified on its own first.
 */
public final class AnchorCheck {

    /** What the check needs to know of a verified chain (live or bundled). */
    public interface ChainView {
        /** First event present (after the newest checkpoint, or a bundle's first event); 0 when empty. */
        long firstSeq();

        /** Last event present; 0 when empty. */
        long lastSeq();

        /** The hash of event {@code seq}, when present. */
        Optional<String> hashAt(long seq);

        /** Checkpoints that stand for archived events; empty for a bundle. */
        List<EvidenceCheckpoint> checkpoints();
    }

    private AnchorCheck() {
    }

    /** @param what how to name the anchor in messages, e.g. {@code anchor head.json} */
    public static Optional<String> problem(ChainHead anchor, String what, ChainView chain) {
        long seq = anchor.seq();
        String recorded = what + " records event " + seq + " with hash " + anchor.hash();
        if (seq == 0) {
            return Optional.empty();
        }
        if (seq > chain.lastSeq()) {
            return Optional.of(recorded + ", but the chain ends at event " + chain.lastSeq()
                    + ": events were removed or the chain was rolled back");
        }
        if (seq < chain.firstSeq() || chain.firstSeq() == 0) {
            Optional<EvidenceCheckpoint> cp = chain.checkpoints().stream().filter(c -> c.seq() == seq).findFirst();
            if (cp.isPresent()) {
                return cp.get().hash().equals(anchor.hash()) ? Optional.empty()
                        : Optional.of(recorded + ", but the checkpoint at that event says " + cp.get().hash()
                                + ": the chain was rewritten at or before event " + seq);
            }
            return Optional.of(recorded + ", which is not in this chain (it holds events " + chain.firstSeq() + " to "
                    + chain.lastSeq() + "): check the archive bundle holding it against the anchor");
        }
        Optional<String> actual = chain.hashAt(seq);
        if (actual.isEmpty()) {
            return Optional.of(recorded + ", but the chain has no event " + seq);
        }
        if (!actual.get().equals(anchor.hash())) {
            return Optional.of(recorded + ", but the chain's event " + seq + " has hash " + actual.get()
                    + ": the chain was rewritten at or before event " + seq);
        }
        return Optional.empty();
    }
}
