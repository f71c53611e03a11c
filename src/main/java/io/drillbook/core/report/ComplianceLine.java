package io.drillbook.core.report;

/**
 * The compliance of one system in one environment over a report's period.
 *
 * @param days        days in the period
 * @param breachDays  days whose RPO exceeded the target
 * @param unknownDays days with no backup data at all
 */
public record ComplianceLine(String system, String environment, String rpoTarget, long days, long breachDays,
                             long unknownDays) {
}
