package io.drillbook.core.report;

import java.util.List;

/**
 * The first page an auditor reads: what is in scope and where it stands.
 *
 * @param outOfPolicy "system/environment" of every target with a breach or stale day in the period
 */
public record ExecutiveSummary(int systemsInScope, int targetsInScope, int drillsPassed, int drillsFailed,
                               int drillsInterrupted, int drillsUnfinished, int playbookRuns, int playbookRunsCompleted,
                               int gateDecisions, int gateNoGo, int waivers, int openGaps, int overdueGaps,
                               List<String> outOfPolicy) {
    public ExecutiveSummary {
        outOfPolicy = List.copyOf(outOfPolicy);
    }

    static ExecutiveSummary of(List<ComplianceLine> compliance, ChainSections s) {
        int passed = 0;
        int failed = 0;
        int interrupted = 0;
        int unfinished = 0;
        for (DrillEntry d : s.drills()) {
            switch (d.status()) {
                case "PASSED" -> passed++;
                case "FAILED" -> failed++;
                case "INTERRUPTED", "CANCELLED" -> interrupted++;
                default -> unfinished++;
            }
        }
        java.util.Set<String> systems = new java.util.TreeSet<>();
        compliance.forEach(c -> systems.add(c.system()));
        List<String> out = compliance.stream().filter(ComplianceLine::outOfPolicy)
                .map(c -> c.system() + "/" + c.environment()).toList();
        int completed = (int) s.playbookRuns().stream().filter(r -> "COMPLETED".equals(r.status())).count();
        int noGo = (int) s.gateDecisions().stream().filter(g -> "no-go".equals(g.outcome())).count();
        int open = (int) s.gaps().stream().filter(GapEntry::open).count();
        int overdue = (int) s.gaps().stream().filter(GapEntry::overdue).count();
        return new ExecutiveSummary(systems.size(), compliance.size(), passed, failed, interrupted, unfinished,
                s.playbookRuns().size(), completed, s.gateDecisions().size(), noGo, s.waivers().size(), open, overdue, out);
    }
}
