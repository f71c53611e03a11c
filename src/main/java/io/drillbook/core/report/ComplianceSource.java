package io.drillbook.core.report;

import java.util.List;

/**
 * Days each system spent in breach during a report's period. The compliance engine plugs in here;
 * {@link BackupAgeComplianceSource} is a simple stand-in computed from the backup inventory.
 */
public interface ComplianceSource {

    /** One line per system and environment in scope, sorted by target. */
    List<ComplianceLine> breachDays(ReportScope scope);
}
