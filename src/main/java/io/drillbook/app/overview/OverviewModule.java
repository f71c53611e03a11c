package io.drillbook.app.overview;

import io.drillbook.core.calendar.WaiverRepository;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.overview.AttentionService;
import io.drillbook.core.overview.TrendService;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.report.GapRegister;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.overview.FirstLook;
import io.drillbook.ui.overview.OverviewScreen;
import io.drillbook.ui.overview.OverviewServices;
import io.drillbook.ui.overview.OverviewViewModel;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The overview feature, wired from the core services it reads (passed in, never looked up): what
 * needs attention, the quarter's trend, and the screen with links to the screens that deal with
 * each item.
 */
public final class OverviewModule {
    private final OverviewServices services;

    /**
     * @param complianceZone the zone the day summaries are kept in (compliance days are judged there)
     * @param displayZone    the zone times are shown in
     */
    public OverviewModule(WorkspaceRepository workspace, BackupRepository backups, WaiverRepository waivers, EvidenceLog evidenceLog,
                          ComplianceService compliance, DaySummaryStore summaries, DrillRunRepository drills, GapRegister gaps,
                          PlaybookJournal playbooks, RecurrenceExpander expander, Clock clock, ZoneId complianceZone, ZoneId displayZone) {
        this.services = new OverviewServices(new AttentionService(workspace, backups, waivers, evidenceLog, compliance, drills, gaps,
                playbooks, evidenceLog.repository(), expander, clock, complianceZone),
                new TrendService(summaries, drills, workspace, clock), displayZone);
    }

    public OverviewServices services() {
        return services;
    }

    /** The console's first screen. */
    public OverviewScreen screen(TaskRunner runner) {
        return new OverviewScreen(new OverviewViewModel(services, runner, new ConsoleOverviewLinks()), services.zone());
    }

    /** The console's first screen, whose first load shows {@code first} rather than asking again. */
    public OverviewScreen screen(TaskRunner runner, FirstLook first) {
        OverviewScreen screen = screen(runner);
        screen.model().startFrom(first);
        return screen;
    }

    /** Asks for the overview's first answers on {@code runner}'s workers, before its screen is built. */
    public FirstLook lookAhead(FxTaskRunner runner) {
        return new FirstLook(runner.supply(services.attention()::now), runner.supply(services.trend()::lastQuarter));
    }
}
