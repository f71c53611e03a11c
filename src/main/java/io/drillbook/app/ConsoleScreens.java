package io.drillbook.app;

import io.drillbook.ui.calendar.CalendarScreen;
import io.drillbook.ui.calendar.CalendarServices;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.core.compliance.DayDetailService;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.ComplianceViewModel;
import io.drillbook.core.report.GapRegister;
import io.drillbook.ui.evidence.EvidenceScreen;
import io.drillbook.ui.evidence.GapsViewModel;
import io.drillbook.ui.evidence.EvidenceViewModel;
import io.drillbook.ui.shell.Screen;

import java.time.ZoneId;
import java.util.List;

/** Builds every screen of the console with its view-model, from the composition root. */
final class ConsoleScreens {
    private ConsoleScreens() {
    }

    static List<Screen> create(AppContext ctx, TaskRunner runner) {
        ZoneId zone = ZoneId.systemDefault();
        CalendarScreen calendar = CalendarScreen.create(new CalendarServices(ctx.workspaceRepository(), ctx.workspaceService(),
                ctx.evidenceLog(), ctx.recurrenceExpander(), ctx.conflictDetector(), ctx.gateService(), ctx.icsImporter(),
                ctx.icsExporter(), ctx.clock()), runner, zone);
        ctx.onFreezeChange(() -> FxTaskRunner.onFxThread(calendar::freezesChanged));
        return List.of(
                new io.drillbook.app.overview.OverviewModule(ctx.workspaceRepository(), ctx.backupRepository(), ctx.waiverRepository(),
                        ctx.evidenceLog(), ctx.complianceService(), ctx.daySummaries(), ctx.drillRunRepository(),
                        new GapRegister(ctx.evidenceLog(), ctx.accessPolicy()), ctx.playbookJournal(), ctx.recurrenceExpander(),
                        ctx.clock(), ctx.complianceZone(), zone).screen(runner),
                calendar,
                new ComplianceScreen(new ComplianceViewModel(ctx.complianceService(),
                        new DayDetailService(ctx.backupRepository(), ctx.workspaceRepository(), ctx.drillRunRepository()),
                        ctx.workspaceRepository(), ctx.clock(), ctx.complianceZone(), runner)),
                DrillWiring.screen(ctx, runner, zone),
                PlaybookWiring.screen(ctx, runner),
                new EvidenceScreen(new EvidenceViewModel(ctx.evidenceLog(), runner, ReportWiring.exporter(ctx),
                        ctx.config().dataDir().resolve("exports"), ctx.clock()),
                        new GapsViewModel(new GapRegister(ctx.evidenceLog(), ctx.accessPolicy()), runner), zone),
                SettingsWiring.screen(ctx, runner));
    }
}
