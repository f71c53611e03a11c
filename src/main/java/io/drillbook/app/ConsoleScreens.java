package io.drillbook.app;

import io.drillbook.ui.calendar.ReleaseAgendaScreen;
import io.drillbook.ui.calendar.ReleaseAgendaViewModel;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.core.compliance.DayDetailService;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.ComplianceViewModel;
import io.drillbook.ui.drill.DrillsScreen;
import io.drillbook.ui.drill.DrillWizardViewModel;
import io.drillbook.ui.drill.DrillHistoryViewModel;
import io.drillbook.ui.evidence.EvidenceScreen;
import io.drillbook.ui.evidence.EvidenceViewModel;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.settings.SettingsScreen;
import io.drillbook.ui.shell.Screen;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds every screen of the console with its view-model, from the composition root. */
final class ConsoleScreens {
    private ConsoleScreens() {
    }

    static List<Screen> create(AppContext ctx, TaskRunner runner) {
        ZoneId zone = ZoneId.systemDefault();
        return List.of(
                new ReleaseAgendaScreen(new ReleaseAgendaViewModel(ctx.workspaceRepository(), ctx.clock(), runner), zone),
                new ComplianceScreen(new ComplianceViewModel(ctx.complianceService(),
                        new DayDetailService(ctx.backupRepository(), ctx.workspaceRepository(), ctx.drillRunRepository()),
                        ctx.workspaceRepository(), ctx.clock(), ctx.complianceZone(), runner)),
                new DrillsScreen(new DrillHistoryViewModel(ctx.drillRunRepository(), runner),
                        new DrillWizardViewModel(DrillWiring.wizardServices(ctx), runner), zone),
                new PlaybooksScreen(),
                new EvidenceScreen(new EvidenceViewModel(ctx.evidenceLog(), runner, ReportWiring.exporter(ctx),
                        ctx.config().dataDir().resolve("exports"), ctx.clock()), zone),
                new SettingsScreen(facts(ctx)));
    }

    private static Map<String, String> facts(AppContext ctx) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Operator", ctx.config().operator());
        facts.put("Data folder", ctx.config().dataDir().toString());
        facts.put("Database", ctx.database().describe());
        facts.put("Log file", ctx.config().logDir().resolve("drillbook.log").toString());
        return facts;
    }
}
