package io.drillbook.app;

import io.drillbook.app.drills.DrillsScreens;
import io.drillbook.app.overview.OverviewModule;
import io.drillbook.app.platform.FreezesChanged;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.playbooks.PlaybooksScreens;
import io.drillbook.app.settings.ConsoleConnectors;
import io.drillbook.app.settings.SettingsScreens;
import io.drillbook.core.report.GapRegister;
import io.drillbook.ui.calendar.CalendarScreen;
import io.drillbook.ui.calendar.CalendarServices;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.ComplianceViewModel;
import io.drillbook.ui.evidence.EvidenceScreen;
import io.drillbook.ui.evidence.EvidenceViewModel;
import io.drillbook.ui.evidence.GapsViewModel;
import io.drillbook.ui.overview.OverviewScreen;
import io.drillbook.ui.shell.Screen;
import io.drillbook.ui.shell.ScreenOnFirstVisit;

import java.time.ZoneId;
import java.util.List;

/** Lists every screen of the console with its view-model, from the feature modules; all but the overview are built on first visit. */
final class ConsoleScreens {
    private ConsoleScreens() {
    }

    /** The overview feature of an opened workspace, times shown in {@code zone}. */
    static OverviewModule overview(AppContext ctx, ZoneId zone) {
        Platform platform = ctx.platform();
        return new OverviewModule(platform.workspaceRepository(), ctx.inventory().backupRepository(),
                ctx.calendar().waiverRepository(), platform.evidenceLog(), ctx.compliance().complianceService(),
                ctx.inventory().daySummaries(), ctx.drills().drillRunRepository(),
                new GapRegister(platform.evidenceLog(), platform.accessPolicy()), ctx.playbooks().playbookJournal(),
                ctx.calendar().recurrenceExpander(), platform.clock(), ctx.compliance().complianceZone(), zone);
    }

    /** Every screen in navigation order: {@code overview} first, the others built on their first visit. */
    static List<Screen> create(AppContext ctx, OverviewScreen overview, TaskRunner runner) {
        ZoneId zone = ZoneId.systemDefault();
        Platform platform = ctx.platform();
        ScreenOnFirstVisit calendar = new ScreenOnFirstVisit("calendar", "Calendar", "fth-calendar", () -> calendar(ctx, runner, zone));
        platform.events().subscribe(FreezesChanged.class, e -> FxTaskRunner.onFxThread(
                () -> calendar.ifBuilt().map(CalendarScreen.class::cast).ifPresent(CalendarScreen::freezesChanged)));
        return List.of(
                overview,
                calendar,
                new ScreenOnFirstVisit("compliance", "Compliance", "fth-grid", () -> new ComplianceScreen(new ComplianceViewModel(
                        ctx.compliance().complianceService(), ctx.compliance().dayDetails(),
                        platform.workspaceRepository(), platform.clock(), ctx.compliance().complianceZone(), runner))),
                new ScreenOnFirstVisit("drills", "Drills", "fth-rotate-ccw", () -> DrillsScreens.screen(platform, ctx.drills(),
                        ctx.reports().exporter(), ConsoleConnectors.of(ctx.settings()), runner, zone)),
                new ScreenOnFirstVisit("playbooks", "Playbooks", "fth-book-open",
                        () -> PlaybooksScreens.screen(platform, ctx.playbooks(), () -> ConsoleConnectors.of(ctx.settings()), runner)),
                new ScreenOnFirstVisit("evidence", "Evidence", "fth-file-text", () -> new EvidenceScreen(new EvidenceViewModel(
                        platform.evidenceLog(), runner, ctx.reports().exporter(),
                        platform.config().dataDir().resolve("exports"), platform.clock()),
                        new GapsViewModel(new GapRegister(platform.evidenceLog(), platform.accessPolicy()), runner), zone)),
                new ScreenOnFirstVisit("settings", "Settings", "fth-settings",
                        () -> SettingsScreens.screen(platform, ctx.settings(), ctx.inventory(), runner)));
    }

    private static CalendarScreen calendar(AppContext ctx, TaskRunner runner, ZoneId zone) {
        Platform platform = ctx.platform();
        return CalendarScreen.create(new CalendarServices(platform.workspaceRepository(),
                ctx.calendar().workspaceService(), platform.evidenceLog(), ctx.calendar().recurrenceExpander(),
                ctx.calendar().conflictDetector(), ctx.calendar().gateService(), ctx.calendar().icsImporter(),
                ctx.calendar().icsExporter(), ctx.calendar().csvImporter(), platform.clock()), runner, zone);
    }
}
