package io.drillbook.core.calendar;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the gates judge: one system and environment, the deployment window (the release's, or
 * {@link #DEFAULT_LENGTH} from {@code at} when no release is named), the moment of judgement and
 * the policy in force then (none when the target has no policy).
 */
public record GateWindow(SystemEnv target, Optional<Release> release, Instant start, Instant end, Instant at,
                         Optional<Policy> policy) {
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    public String releaseId() {
        return release.map(Release::id).orElse(null);
    }
}
