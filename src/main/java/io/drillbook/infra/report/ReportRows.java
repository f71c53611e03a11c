package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ComplianceLine;
import io.drillbook.core.report.CoverFacts;
import io.drillbook.core.report.DrillEntry;
import io.drillbook.core.report.ExecutiveSummary;
import io.drillbook.core.report.GapEntry;
import io.drillbook.core.report.GateEntry;
import io.drillbook.core.report.PlaybookRunEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's record kinds as header + rows of typed values (times as Instant, durations as
 * Duration): CSV writes them as ISO 8601, HTML and PDF as people read them ({@link Cells}).
 */
final class ReportRows {
    static final String[] FACTS = {"fact", "value"};
    static final String[] COMPLIANCE = {"system", "environment", "rpo_target", "rto_target", "drill_every", "days",
        "scored_days", "rpo_breach_days", "rpo_at_risk_days", "tested_rpo_breach_days", "rto_breach_days", "rto_stale_days",
        "freshness_stale_days", "freshness_at_risk_days", "unknown_days", "worst_rpo", "worst_tested_rpo",
        "newest_passing_drill", "newest_passing_drill_age_days", "verdict"};
    static final String[] DRILLS = {"run_id", "system", "environment", "plan", "operator", "backup_id", "backup_source",
        "backup_completed_at", "started_at", "finished_at", "status", "achieved_rpo", "rpo_target", "rpo_verdict",
        "recovery_time", "automated", "manual", "rto_target", "rto_verdict", "steps", "gaps"};
    static final String[] DRILL_STEPS = {"run_id", "index", "kind", "name", "state", "command", "exit_status", "expected",
        "actual", "confirmed_by", "confirmed_at", "started_at", "finished_at", "message", "seq"};
    static final String[] PLAYBOOK_RUNS = {"run_id", "playbook", "system", "environment", "operator", "started_at",
        "ended_at", "status", "steps"};
    static final String[] PLAYBOOK_STEPS = {"run_id", "index", "name", "kind", "state", "actor", "started_at",
        "finished_at", "message", "seq"};
    static final String[] TIMELINE = {"run_id", "seq", "time", "actor", "kind", "step", "state", "detail"};
    static final String[] GATES = {"seq", "time", "actor", "kind", "release", "system", "environment", "outcome", "reason",
        "expires"};
    static final String[] GAPS = {"seq", "recorded_at", "run_id", "system", "environment", "description", "owner", "due",
        "status", "status_by", "status_at", "note", "overdue"};
    static final String[] EVENTS = {"seq", "time", "actor", "kind", "subject", "payload", "prev_hash", "hash"};

    private ReportRows() {
    }

    static List<Object[]> cover(CoverFacts c) {
        return List.of(new Object[] {"title", c.title()}, new Object[] {"from", c.from()}, new Object[] {"to", c.to()},
                new Object[] {"systems", c.systems().isEmpty() ? "all" : String.join(" ", c.systems())},
                new Object[] {"environments", c.environments().isEmpty() ? "all" : String.join(" ", c.environments())},
                new Object[] {"as_of", c.asOf()}, new Object[] {"operator", c.operator()},
                new Object[] {"compliance_zone", c.complianceZone()},
                new Object[] {"head_seq", c.headSeq()}, new Object[] {"head_hash", c.headHash()},
                new Object[] {"head_time", c.headTime()},
                new Object[] {"segment_first_seq", c.firstSeq()}, new Object[] {"segment_last_seq", c.lastSeq()},
                new Object[] {"segment_anchor_hash", c.anchorHash()}, new Object[] {"events_in_scope", c.eventsInScope()},
                new Object[] {"chain_verified", c.chainVerified()}, new Object[] {"chain_events", c.chainEvents()},
                new Object[] {"chain_problem", c.chainProblem()});
    }

    static List<Object[]> summary(ExecutiveSummary s) {
        return List.of(new Object[] {"systems_in_scope", s.systemsInScope()}, new Object[] {"targets_in_scope", s.targetsInScope()},
                new Object[] {"drills_passed", s.drillsPassed()}, new Object[] {"drills_failed", s.drillsFailed()},
                new Object[] {"drills_interrupted", s.drillsInterrupted()}, new Object[] {"drills_unfinished", s.drillsUnfinished()},
                new Object[] {"playbook_runs", s.playbookRuns()}, new Object[] {"playbook_runs_completed", s.playbookRunsCompleted()},
                new Object[] {"gate_decisions", s.gateDecisions()}, new Object[] {"gate_no_go", s.gateNoGo()},
                new Object[] {"waivers", s.waivers()}, new Object[] {"open_gaps", s.openGaps()},
                new Object[] {"overdue_gaps", s.overdueGaps()}, new Object[] {"out_of_policy", String.join(" ", s.outOfPolicy())});
    }

    static List<Object[]> compliance(List<ComplianceLine> lines) {
        return lines.stream().map(l -> new Object[] {l.system(), l.environment(), l.rpoTarget(), l.rtoTarget(), l.drillEvery(),
            l.days(), l.scoredDays(), l.rpoBreachDays(), l.rpoAtRiskDays(), l.testedRpoBreachDays(), l.rtoBreachDays(),
            l.rtoStaleDays(), l.freshnessStaleDays(), l.freshnessAtRiskDays(), l.unknownDays(), l.worstRpo(),
            l.worstTestedRpo(), l.newestPassingDrill(), l.newestPassingDrillAgeDays(), l.verdict()}).toList();
    }

    static List<Object[]> drills(List<DrillEntry> drills) {
        return drills.stream().map(d -> new Object[] {d.runId(), d.system(), d.environment(), d.plan(), d.operator(),
            d.backupId(), d.backupSource(), d.backupCompletedAt(), d.startedAt(), d.finishedAt(), d.status(),
            d.achievedRpo(), d.rpoTarget(), d.rpoVerdict(), d.recoveryTime(), d.automated(), d.manual(), d.rtoTarget(),
            d.rtoVerdict(), d.steps().size(), d.gaps().size()}).toList();
    }

    static List<Object[]> drillSteps(List<DrillEntry> drills) {
        List<Object[]> rows = new ArrayList<>();
        drills.forEach(d -> d.steps().forEach(s -> rows.add(new Object[] {s.runId(), s.index(), s.kind(), s.name(),
            s.state(), s.command(), s.exitStatus(), s.expected(), s.actual(), s.confirmedBy(), s.confirmedAt(),
            s.startedAt(), s.finishedAt(), s.message(), s.seq()})));
        return rows;
    }

    static List<Object[]> playbookRuns(List<PlaybookRunEntry> runs) {
        return runs.stream().map(r -> new Object[] {r.runId(), r.playbook(), r.system(), r.environment(), r.operator(),
            r.startedAt(), r.endedAt(), r.status(), r.steps().size()}).toList();
    }

    static List<Object[]> playbookSteps(List<PlaybookRunEntry> runs) {
        List<Object[]> rows = new ArrayList<>();
        runs.forEach(r -> r.steps().forEach(s -> rows.add(new Object[] {s.runId(), s.index(), s.name(), s.kind(), s.state(),
            s.actor(), s.startedAt(), s.finishedAt(), s.message(), s.seq()})));
        return rows;
    }

    static List<Object[]> playbookTimeline(List<PlaybookRunEntry> runs) {
        List<Object[]> rows = new ArrayList<>();
        runs.forEach(r -> r.timeline().forEach(t -> rows.add(new Object[] {t.runId(), t.seq(), t.time(), t.actor(), t.kind(),
            t.step(), t.state(), t.detail()})));
        return rows;
    }

    static List<Object[]> gates(List<GateEntry> gates) {
        return gates.stream().map(g -> new Object[] {g.seq(), g.time(), g.actor(), g.kind(), g.release(), g.system(),
            g.environment(), g.outcome(), g.reason(), g.expires()}).toList();
    }

    static List<Object[]> gaps(List<GapEntry> gaps) {
        return gaps.stream().map(g -> new Object[] {g.seq(), g.recordedAt(), g.runId(), g.system(), g.environment(),
            g.description(), g.owner(), g.due(), g.status(), g.statusBy(), g.statusAt(), g.note(), g.overdue()}).toList();
    }

    static List<Object[]> events(List<EvidenceEvent> events) {
        return events.stream().map(e -> new Object[] {e.seq(), e.time(), e.actor(), e.kind(), e.subject(), e.payload(),
            e.prevHash(), e.hash()}).toList();
    }

    /** Every record kind of a report: file stem, header, rows; in a fixed order. */
    static List<Table> tables(AuditReport r) {
        return List.of(new Table("report", "Report", FACTS, cover(r.cover())),
                new Table("summary", "Executive summary", FACTS, summary(r.summary())),
                new Table("compliance", "Compliance by system and environment", COMPLIANCE, compliance(r.compliance())),
                new Table("drills", "Restore drills", DRILLS, drills(r.drills())),
                new Table("drill_steps", "Drill steps and checks", DRILL_STEPS, drillSteps(r.drills())),
                new Table("playbook_runs", "Playbook runs", PLAYBOOK_RUNS, playbookRuns(r.playbookRuns())),
                new Table("playbook_steps", "Playbook steps", PLAYBOOK_STEPS, playbookSteps(r.playbookRuns())),
                new Table("playbook_timeline", "Playbook timelines", TIMELINE, playbookTimeline(r.playbookRuns())),
                new Table("gate_decisions", "Gate decisions", GATES, gates(r.gateDecisions())),
                new Table("waivers", "Waivers", GATES, gates(r.waivers())),
                new Table("gaps", "Gaps", GAPS, gaps(r.gaps())),
                new Table("open_gaps", "Open gaps", GAPS, gaps(r.openGaps())),
                new Table("events", "Events of the period", EVENTS, events(r.events())));
    }

    record Table(String stem, String title, String[] header, List<Object[]> rows) {
    }
}
