package io.drillbook.core.connect;

/**
 * Asked when a server offers a host key that no known-hosts file holds. The console shows a
 * dialog; the CLI accepts only a fingerprint the user typed ({@link #acceptOnly(String)}).
 */
@FunctionalInterface
public interface HostKeyDecision {
    /** Rejects every unknown key. */
    HostKeyDecision REJECT = candidate -> false;

    /** True to trust the key (it is then recorded), false to refuse the connection. */
    boolean accept(HostKeyCandidate candidate);

    /** Accepts exactly the key with this fingerprint ({@code SHA256:...}), nothing else. */
    static HostKeyDecision acceptOnly(String expectedFingerprint) {
        if (expectedFingerprint == null || !expectedFingerprint.startsWith("SHA256:")) {
            throw new IllegalArgumentException("expected a fingerprint like SHA256:..., got " + expectedFingerprint);
        }
        return candidate -> expectedFingerprint.equals(candidate.fingerprint());
    }
}
