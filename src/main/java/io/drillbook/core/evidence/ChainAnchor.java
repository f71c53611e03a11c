package io.drillbook.core.evidence;

/** Writes the evidence chain's head, signed, somewhere outside the database (a file or an S3 object). */
public interface ChainAnchor {
    /**
     * Verifies the chain, then writes its head to {@code location}.
     *
     * @throws BrokenChainException when the chain does not verify: a broken chain is not anchored
     */
    ChainHead anchor(String location);
}
