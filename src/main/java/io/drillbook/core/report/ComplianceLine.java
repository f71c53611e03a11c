package io.drillbook.core.report;

import java.time.Duration;

/**
 * One system in one environment over a report's period, judged day by day by the compliance rules
 * (DESIGN.md) under the policy in force each day. Only scored days count: days before the system
 * had a policy and days after the report's as-of time are left out ({@code days - scoredDays}).
 *
 * @param rpoTarget            RPO of the policy in force on the period's last scored day (null: no policy)
 * @param worstRpo             the worst RPO of any scored day (null: unknown)
 * @param worstTestedRpo       the same against verified backups only
 * @param newestPassingDrill   the day of the newest passing drill as of the last scored day, empty when none
 * @param newestPassingDrillAgeDays its age in days then, -1 when none
 * @param verdict              within policy, out of policy (any breach or stale day) or no data
 * @param daily                one letter per day of the period, the worst metric: C compliant, A at risk,
 *                             S stale, B breach, U unknown, - not scored
 */
public record ComplianceLine(String system, String environment, Duration rpoTarget, Duration rtoTarget,
                             String drillEvery, long days, long scoredDays, long rpoBreachDays, long rpoAtRiskDays,
                             long testedRpoBreachDays, long rtoBreachDays, long rtoStaleDays, long freshnessStaleDays,
                             long freshnessAtRiskDays, long unknownDays, Duration worstRpo, Duration worstTestedRpo,
                             String newestPassingDrill, long newestPassingDrillAgeDays, String verdict, String daily) {

    public boolean outOfPolicy() {
        return "out of policy".equals(verdict);
    }
}
