package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceEvent;

import java.util.List;

/**
 * Everything an auditor reads about a period, as data: the exporters (JSON, CSV, HTML, PDF, OSCAL,
 * bundle) only lay it out. Everything but the cover's chain facts and the compliance lines follows
 * from the period's evidence events alone ({@link ChainSections}), which is how a bundle checks its
 * own report. Every list is sorted, so the same evidence gives the same report.
 */
public record AuditReport(CoverFacts cover, ExecutiveSummary summary, List<ComplianceLine> compliance,
                          List<DrillEntry> drills, List<PlaybookRunEntry> playbookRuns, List<GateEntry> gateDecisions,
                          List<GateEntry> waivers, List<GapEntry> gaps, List<EvidenceEvent> events) {
    public AuditReport {
        compliance = List.copyOf(compliance);
        drills = List.copyOf(drills);
        playbookRuns = List.copyOf(playbookRuns);
        gateDecisions = List.copyOf(gateDecisions);
        waivers = List.copyOf(waivers);
        gaps = List.copyOf(gaps);
        events = List.copyOf(events);
    }

    /**
     * The report of {@code periodEvents} (every event recorded in the period, any order): the cover's
     * segment facts and every section but compliance are computed from those events.
     */
    public static AuditReport assemble(CoverFacts cover, List<ComplianceLine> compliance, List<EvidenceEvent> periodEvents) {
        ChainSections s = ChainSections.read(periodEvents, cover.scope(), cover.asOf());
        List<EvidenceEvent> period = s.period();
        long first = period.isEmpty() ? 0 : period.get(0).seq();
        long last = period.isEmpty() ? 0 : period.get(period.size() - 1).seq();
        String anchor = period.isEmpty() ? "" : period.get(0).prevHash();
        return new AuditReport(cover.withSegment(first, last, anchor, s.events().size()), ExecutiveSummary.of(compliance, s),
                compliance, s.drills(), s.playbookRuns(), s.gateDecisions(), s.waivers(), s.gaps(), s.events());
    }

    /** Gaps not closed as of the report. */
    public List<GapEntry> openGaps() {
        return gaps.stream().filter(GapEntry::open).toList();
    }
}
