package io.drillbook.core.connect;

import java.time.Duration;

/**
 * What "Test connection" found: on success the host key and how Drillbook authenticated and how
 * long a round trip took; on failure at which stage and why.
 */
public record ConnectionTest(String profile, boolean ok, String stage, String hostKeyType, String hostKeyFingerprint,
                             String authMethod, Duration latency, String problem) {

    public static ConnectionTest passed(String profile, String keyType, String fingerprint, String auth, Duration latency) {
        return new ConnectionTest(profile, true, "done", keyType, fingerprint, auth, latency, null);
    }

    public static ConnectionTest failed(String profile, String stage, String keyType, String fingerprint, String problem) {
        return new ConnectionTest(profile, false, stage, keyType, fingerprint, null, null, problem);
    }
}
