package io.drillbook.core.metrics;

import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;

import java.util.List;
import java.util.Optional;

/**
 * What monitoring needs to know about one system in one environment at one moment.
 *
 * @param policy        the policy in force now, empty when none is
 * @param newestGood    the newest succeeded backup
 * @param newestFailed  the newest failed backup
 * @param newestVerified the newest backup that passed a drill (the tested RPO's recovery point)
 * @param newestDrill   the newest finished drill, whatever its result
 * @param newestPassedDrill the newest passing drill
 * @param rpo           today's RPO judgement; {@code testedRpo}, {@code rto} likewise
 * @param activeFreezes names of freezes (and active recoveries) in force now for the environment
 * @param nextRelease   the next release touching the target that has not started yet
 */
public record TargetHealth(SystemEnv target, Optional<Policy> policy, Optional<Backup> newestGood, Optional<Backup> newestFailed,
                           Optional<Backup> newestVerified, Optional<DrillSummary> newestDrill,
                           Optional<DrillSummary> newestPassedDrill, ComplianceStatus rpo, ComplianceStatus testedRpo,
                           ComplianceStatus rto, ComplianceStatus drillFreshness, int openGaps, int overdueGaps,
                           List<String> activeFreezes, Optional<Release> nextRelease) {
    public TargetHealth {
        activeFreezes = List.copyOf(activeFreezes);
    }
}
