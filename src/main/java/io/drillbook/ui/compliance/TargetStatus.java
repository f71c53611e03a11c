package io.drillbook.ui.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.Policy;

import java.time.Duration;
import java.time.Instant;

/** One row of the compliance overview: a target's policy and its newest good backup. */
public record TargetStatus(Policy policy, Backup newestGood, Instant now) {

    public Duration rpoNow() {
        return newestGood == null ? null : newestGood.ageAt(now);
    }

    public String verdict() {
        Duration age = rpoNow();
        if (age == null) {
            return "unknown";
        }
        if (age.compareTo(policy.rpo()) > 0) {
            return "breach";
        }
        return age.toSeconds() > policy.rpo().toSeconds() * policy.warnShare() ? "at risk" : "compliant";
    }
}
