package io.drillbook.core.workspace;

import io.drillbook.core.connect.HostKeyDecision;

import java.util.List;
import java.util.function.Supplier;

/**
 * Decides about an unknown host key by the fingerprints the workspace pins: a host with a pin is
 * trusted exactly when its key has the pinned fingerprint (no prompt, no {@code --accept-host-key});
 * hosts without a pin are left to the front end's own decision.
 */
public final class PinnedHostKeys {
    private PinnedHostKeys() {
    }

    public static HostKeyDecision decideWith(Supplier<List<PinnedHostKey>> pins, HostKeyDecision otherwise) {
        return candidate -> pins.get().stream()
                .filter(pin -> pin.host().equalsIgnoreCase(candidate.host()) && pin.port() == candidate.port())
                .findFirst()
                .map(pin -> pin.fingerprint().equals(candidate.fingerprint()))
                .orElseGet(() -> otherwise.accept(candidate));
    }
}
