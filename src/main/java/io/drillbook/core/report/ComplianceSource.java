package io.drillbook.core.report;

import java.time.Instant;
import java.util.List;

/** How each system and environment in scope kept its policy over a report's period, as of a moment. */
public interface ComplianceSource {

    /** One line per system and environment in scope, sorted by target; days after {@code asOf} are not scored. */
    List<ComplianceLine> lines(ReportScope scope, Instant asOf);

    /** The zone whose calendar days are judged. */
    String zone();
}
