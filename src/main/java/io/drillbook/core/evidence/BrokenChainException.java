package io.drillbook.core.evidence;

/** The evidence chain does not verify, so it is not anchored. */
public final class BrokenChainException extends IllegalStateException {
    public BrokenChainException(String message) {
        super(message);
    }
}
