package io.drillbook.core.overview;

import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateService;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.calendar.ReleaseGates;
import io.drillbook.core.calendar.WaiverRepository;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.report.GapEntry;
import io.drillbook.core.report.GapRegister;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What needs attention now, gathered from the services that own each fact: release gates (judged,
 * not recorded), today's column of the compliance matrix (day summaries, never raw backups), drill
 * summaries, the gap register, freezes and playbook runs, and the evidence of imports and refreshes.
 */
public final class AttentionService {
    /** How far ahead releases and freezes are listed. */
    public static final Duration HORIZON = Duration.ofDays(14);
    /** How far back failed drills, recoveries and failed imports are looked for. */
    static final Duration LOOK_BACK = Duration.ofDays(30);
    static final int EVENTS = 500;

    private final WorkspaceRepository workspace;
    private final BackupRepository backups;
    private final WaiverRepository waivers;
    private final EvidenceLog evidenceLog;
    private final ComplianceService compliance;
    private final DrillRunRepository drills;
    private final GapRegister gaps;
    private final PlaybookJournal playbooks;
    private final EvidenceRepository evidence;
    private final RecurrenceExpander expander;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param backups, waivers, evidenceLog what release gates are judged from (through a {@link GateService} on a
     *                 snapshot of the workspace per load, so a thousand policies are read once, not once per release)
     * @param zone     the zone compliance days are judged in (the day summaries' zone)
     */
    public AttentionService(WorkspaceRepository workspace, BackupRepository backups, WaiverRepository waivers, EvidenceLog evidenceLog,
                            ComplianceService compliance, DrillRunRepository drills, GapRegister gaps, PlaybookJournal playbooks,
                            EvidenceRepository evidence, RecurrenceExpander expander, Clock clock, ZoneId zone) {
        this.workspace = workspace;
        this.backups = backups;
        this.waivers = waivers;
        this.evidenceLog = evidenceLog;
        this.compliance = compliance;
        this.drills = drills;
        this.gaps = gaps;
        this.playbooks = playbooks;
        this.evidence = evidence;
        this.expander = expander;
        this.clock = clock;
        this.zone = zone;
    }

    public Attention now() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        WorkspaceSnapshot snapshot = new WorkspaceSnapshot(workspace);
        List<AttentionItem> items = new ArrayList<>(releases(snapshot, now));
        ComplianceMatrix matrix = compliance.matrix(today, today, zone);
        items.addAll(ComplianceToday.items(matrix, 0));
        items.addAll(DrillFailures.items(drills.recent(EVENTS), now.minus(LOOK_BACK), now));
        items.addAll(GapsPastDue.items(openGaps(), today));
        items.addAll(FreezesAndRecoveries.items(snapshot.freezes(), unfinishedRuns(), expander, now, HORIZON));
        items.addAll(FailedImports.items(importEvents(now)));
        return Attention.of(now, items);
    }

    private List<AttentionItem> releases(WorkspaceSnapshot snapshot, Instant now) {
        GateService gates = new GateService(new ReleaseGates(snapshot, backups, drills, expander), snapshot, waivers, evidenceLog, clock);
        List<AttentionItem> out = new ArrayList<>();
        for (Release r : snapshot.releasesBetween(now, now.plus(HORIZON))) {
            if (r.status() == ReleaseStatus.DONE || r.status() == ReleaseStatus.ROLLED_BACK) {
                continue;
            }
            List<GateDecision> decisions = new ArrayList<>();
            for (SystemEnv target : r.targets()) {
                decisions.add(gates.evaluate(target, Optional.of(r.id()), Optional.empty()));
            }
            out.add(ReleaseReadiness.item(r, decisions, now));
        }
        return out;
    }

    private List<GapEntry> openGaps() {
        return gaps.all().stream().filter(g -> g.status() != GapRegister.Status.CLOSED).map(GapRegister.TrackedGap::gap).toList();
    }

    private List<RunInfo> unfinishedRuns() {
        List<RunInfo> runs = new ArrayList<>();
        for (RunStatus s : List.of(RunStatus.RUNNING, RunStatus.PAUSED, RunStatus.FAILED, RunStatus.INTERRUPTED)) {
            runs.addAll(playbooks.withStatus(s));
        }
        runs.sort(Comparator.comparing(RunInfo::startedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs;
    }

    private List<EvidenceEvent> importEvents(Instant now) {
        List<EvidenceEvent> events = new ArrayList<>();
        for (String kind : List.of(FailedImports.REFRESH, FailedImports.IMPORTED, FailedImports.BACKUP_RUN)) {
            events.addAll(evidence.find(EvidenceQuery.all(EVENTS).withKindPrefix(kind).between(now.minus(LOOK_BACK), now.plusSeconds(1))));
        }
        events.sort(Comparator.comparingLong(EvidenceEvent::seq).reversed());
        return events;
    }
}
