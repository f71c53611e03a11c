package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceEvent;

import java.util.List;

/**
 * Everything an auditor reads about a period, as data: the exporters (JSON, CSV, HTML, PDF,
 * bundle) only lay it out. Every list is sorted, so the same evidence gives the same report.
 */
public record AuditReport(CoverFacts cover, List<ComplianceLine> compliance, List<DrillEntry> drills,
                          List<PlaybookRunEntry> playbookRuns, List<GateEntry> gateDecisions,
                          List<GateEntry> waivers, List<GapEntry> openGaps, List<EvidenceEvent> events) {
    public AuditReport {
        compliance = List.copyOf(compliance);
        drills = List.copyOf(drills);
        playbookRuns = List.copyOf(playbookRuns);
        gateDecisions = List.copyOf(gateDecisions);
        waivers = List.copyOf(waivers);
        openGaps = List.copyOf(openGaps);
        events = List.copyOf(events);
    }
}
