package io.drillbook.core.evidence;

import java.util.Optional;

/** What checking one anchor found: {@code problem} empty when the chain holds its head. */
public record AnchorResult(String location, Optional<ChainHead> head, Optional<String> problem) {
    public String describe() {
        return problem.orElseGet(() -> "anchor " + location + ": event " + head.get().seq() + " still has hash "
                + head.get().hash() + " (anchored " + head.get().time() + ", key " + Ed25519.shortId(head.get().keyId()) + ")");
    }
}
