package io.drillbook.core.compliance;

import java.time.LocalDate;

/**
 * One target's judgement of one day, for reports and the command line.
 *
 * @param worstRpoMinutes       -1 when unknown
 * @param worstTestedRpoMinutes -1 when unknown
 * @param drillAgeDays          age of the newest passing drill, -1 when there is none
 */
public record DailyCompliance(LocalDate day, ComplianceStatus rpo, int worstRpoMinutes, ComplianceStatus testedRpo,
                              int worstTestedRpoMinutes, ComplianceStatus rto, ComplianceStatus drillFreshness,
                              int drillAgeDays) {

    static DailyCompliance of(ComplianceMatrix m, int row, int column) {
        return new DailyCompliance(m.day(column), m.status(Metric.RPO, row, column), m.worstRpoMinutes(row, column),
                m.status(Metric.TESTED_RPO, row, column), m.worstTestedRpoMinutes(row, column),
                m.status(Metric.RTO, row, column), m.status(Metric.DRILL_FRESHNESS, row, column),
                m.drillAgeDays(row, column));
    }
}
