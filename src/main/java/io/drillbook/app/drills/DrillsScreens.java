package io.drillbook.app.drills;

import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.drill.KeptOutputs;
import io.drillbook.core.report.ReportExporter;
import io.drillbook.ui.drill.DrillRunDetailServices;
import io.drillbook.ui.drill.DrillRunDetailViewModel;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.drill.DrillHistoryViewModel;
import io.drillbook.ui.drill.DrillLeftoversViewModel;
import io.drillbook.ui.drill.DrillWizardServices;
import io.drillbook.ui.drill.DrillWizardViewModel;
import io.drillbook.ui.drill.DrillsScreen;

import java.time.ZoneId;
import java.util.function.Consumer;

/** The console's Drills screen, built from the drills module with the console's connectors (dialogs). */
public final class DrillsScreens {
    private DrillsScreens() {
    }

    /** The Drills screen: leftovers of interrupted runs (with Clean up), the history with RTO verdicts, the wizard. */
    public static DrillsScreen screen(Platform platform, DrillsModule drills, ReportExporter exporter, Connectors connectors,
                                      TaskRunner runner, ZoneId zone) {
        DrillRunHistory history = drills.drillRunHistory(connectors);
        return new DrillsScreen(new DrillHistoryViewModel(drills.drillRunRepository(), runner, history::rtoVerdict),
                new DrillWizardViewModel(wizardServices(platform, drills, connectors), runner),
                new DrillLeftoversViewModel(drills.drillCleanup(connectors), platform.config().operator(), runner),
                new DrillRunDetailViewModel(new DrillRunDetailServices(history, new KeptOutputs(platform.outputDir()), exporter,
                        platform.config().dataDir().resolve("exports"), zone, runner)), zone);
    }

    /** At start: tells the status bar when drill runs may have left something on their target (listed under Drills). */
    public static void noticeLeftovers(DrillsModule drills, Connectors connectors, TaskRunner runner, Consumer<String> notice) {
        BackgroundTask.of(() -> drills.drillCleanup(connectors).pending().size())
                .titled("look for drill leftovers")
                .onSuccess(count -> {
                    if (count > 0) {
                        notice.accept(count + " drill run(s) may have left something on their target: see Drills to clean up");
                    }
                })
                .runWith(runner);
    }

    static DrillWizardServices wizardServices(Platform platform, DrillsModule drills, Connectors connectors) {
        return new DrillWizardServices(platform.workspaceRepository(), drills.drillRunRepository(), drills.drillPlanLibrary(),
                drills.backupSelector(), connectors::profile, connectors.tester(), drills.drillService(connectors),
                platform.evidenceLog(), platform.clock(), platform.config().operator(), FxTaskRunner::onFxThread);
    }
}
