package io.drillbook.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Recovery objectives of one system in one environment, in force from {@code effectiveFrom}
 * until the next policy of the same system and environment takes over. History is judged by
 * the policy that was in force at the time.
 *
 * @param rpo                 the most data (as time) the business accepts to lose
 * @param rto                 the longest a recovery may take
 * @param drillEvery          how often a drill must pass
 * @param preReleaseBackupAge how old the newest succeeded backup may be when a release starts
 * @param warnShare           share of the RPO after which a day is "at risk" (0.8 by default)
 */
public record Policy(SystemEnv target, LocalDate effectiveFrom, Duration rpo, Duration rto,
                     Period drillEvery, Duration preReleaseBackupAge, double warnShare) {

    public static final double DEFAULT_WARN_SHARE = 0.8;

    public Policy {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        requirePositive(rpo, "rpo");
        requirePositive(rto, "rto");
        Objects.requireNonNull(drillEvery, "drillEvery");
        if (drillEvery.isZero() || drillEvery.isNegative()) {
            throw new IllegalArgumentException("drillEvery must be positive");
        }
        preReleaseBackupAge = preReleaseBackupAge == null ? rpo : preReleaseBackupAge;
        if (warnShare <= 0 || warnShare > 1) {
            throw new IllegalArgumentException("warnShare must be in (0, 1], was " + warnShare);
        }
    }

    public static Policy of(SystemEnv target, LocalDate from, Duration rpo, Duration rto, Period drillEvery) {
        return new Policy(target, from, rpo, rto, drillEvery, rpo, DEFAULT_WARN_SHARE);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be a positive duration");
        }
    }
}
