package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ComplianceLine;
import io.drillbook.core.report.CoverFacts;
import io.drillbook.core.report.DrillEntry;
import io.drillbook.core.report.GapEntry;
import io.drillbook.core.report.GateEntry;
import io.drillbook.core.report.PlaybookRunEntry;
import io.drillbook.core.report.RunStep;

import java.util.ArrayList;
import java.util.List;

/** The report's record kinds as header + rows: shared by the CSV, HTML and PDF writers. */
final class ReportRows {
    static final String[] COVER = {"fact", "value"};
    static final String[] COMPLIANCE = {"system", "environment", "rpo_target", "days", "breach_days", "unknown_days"};
    static final String[] DRILLS = {"run_id", "system", "environment", "plan", "backup_id", "started_at", "finished_at",
        "result", "operator", "achieved_rpo", "rpo_target", "rpo_verdict", "recovery_time", "automated", "manual",
        "rto_target", "rto_verdict", "steps", "gaps"};
    static final String[] STEPS = {"run_id", "seq", "time", "actor", "kind", "name", "state", "detail"};
    static final String[] PLAYBOOK_RUNS = {"run_id", "playbook", "subject", "started_at", "ended_at", "result", "steps"};
    static final String[] GATES = {"seq", "time", "actor", "kind", "subject", "outcome", "reason", "expires"};
    static final String[] GAPS = {"seq", "recorded_at", "run_id", "subject", "description", "owner", "due"};
    static final String[] EVENTS = {"seq", "time", "actor", "kind", "subject", "payload", "prev_hash", "hash"};

    private ReportRows() {
    }

    static List<Object[]> cover(CoverFacts c) {
        return List.of(new Object[] {"title", c.title()}, new Object[] {"from", c.from()}, new Object[] {"to", c.to()},
                new Object[] {"systems", c.systems().isEmpty() ? "all" : String.join(" ", c.systems())},
                new Object[] {"environments", c.environments().isEmpty() ? "all" : String.join(" ", c.environments())},
                new Object[] {"generated_at", c.generatedAt()}, new Object[] {"operator", c.operator()},
                new Object[] {"head_seq", c.headSeq()}, new Object[] {"head_hash", c.headHash()},
                new Object[] {"segment_first_seq", c.firstSeq()}, new Object[] {"segment_last_seq", c.lastSeq()},
                new Object[] {"segment_anchor_hash", c.anchorHash()}, new Object[] {"events_in_scope", c.eventsInScope()});
    }

    static List<Object[]> compliance(List<ComplianceLine> lines) {
        return lines.stream().map(l -> new Object[] {l.system(), l.environment(), l.rpoTarget(), l.days(),
            l.breachDays(), l.unknownDays()}).toList();
    }

    static List<Object[]> drills(List<DrillEntry> drills) {
        return drills.stream().map(d -> new Object[] {d.runId(), d.system(), d.environment(), d.plan(), d.backupId(),
            d.startedAt(), d.finishedAt(), d.result(), d.operator(), d.achievedRpo(), d.rpoTarget(), d.rpoVerdict(),
            d.recoveryTime(), d.automated(), d.manual(), d.rtoTarget(), d.rtoVerdict(), d.steps().size(), d.gaps().size()}).toList();
    }

    static List<Object[]> drillSteps(List<DrillEntry> drills) {
        List<Object[]> rows = new ArrayList<>();
        drills.forEach(d -> d.steps().forEach(s -> rows.add(step(s))));
        return rows;
    }

    static List<Object[]> playbookRuns(List<PlaybookRunEntry> runs) {
        return runs.stream().map(r -> new Object[] {r.runId(), r.playbook(), r.subject(), r.startedAt(), r.endedAt(),
            r.result(), r.timeline().size()}).toList();
    }

    static List<Object[]> playbookTimeline(List<PlaybookRunEntry> runs) {
        List<Object[]> rows = new ArrayList<>();
        runs.forEach(r -> r.timeline().forEach(s -> rows.add(step(s))));
        return rows;
    }

    private static Object[] step(RunStep s) {
        return new Object[] {s.runId(), s.seq(), s.time(), s.actor(), s.kind(), s.name(), s.state(), s.detail()};
    }

    static List<Object[]> gates(List<GateEntry> gates) {
        return gates.stream().map(g -> new Object[] {g.seq(), g.time(), g.actor(), g.kind(), g.subject(), g.outcome(),
            g.reason(), g.expires()}).toList();
    }

    static List<Object[]> gaps(List<GapEntry> gaps) {
        return gaps.stream().map(g -> new Object[] {g.seq(), g.recordedAt(), g.runId(), g.subject(), g.description(),
            g.owner(), g.due()}).toList();
    }

    static List<Object[]> events(List<EvidenceEvent> events) {
        return events.stream().map(e -> new Object[] {e.seq(), e.time(), e.actor(), e.kind(), e.subject(), e.payload(),
            e.prevHash(), e.hash()}).toList();
    }

    /** Every record kind of a report: file stem, header, rows; in a fixed order. */
    static List<Table> tables(AuditReport r) {
        return List.of(new Table("report", "Report", COVER, cover(r.cover())),
                new Table("compliance", "Compliance", COMPLIANCE, compliance(r.compliance())),
                new Table("drills", "Restore drills", DRILLS, drills(r.drills())),
                new Table("drill_steps", "Drill steps and checks", STEPS, drillSteps(r.drills())),
                new Table("playbook_runs", "Playbook runs", PLAYBOOK_RUNS, playbookRuns(r.playbookRuns())),
                new Table("playbook_timeline", "Playbook timelines", STEPS, playbookTimeline(r.playbookRuns())),
                new Table("gate_decisions", "Gate decisions", GATES, gates(r.gateDecisions())),
                new Table("waivers", "Waivers", GATES, gates(r.waivers())),
                new Table("open_gaps", "Open gaps", GAPS, gaps(r.openGaps())),
                new Table("events", "Events of the period", EVENTS, events(r.events())));
    }

    record Table(String stem, String title, String[] header, List<Object[]> rows) {
    }
}
