package io.drillbook.app;

import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.drill.DrillHistoryViewModel;
import io.drillbook.ui.drill.DrillLeftoversViewModel;
import io.drillbook.ui.drill.DrillWizardServices;
import io.drillbook.ui.drill.DrillWizardViewModel;
import io.drillbook.ui.drill.DrillsScreen;

import java.time.ZoneId;

/**
 * Wires the console's drill wizard. Unknown host keys are refused and no secret is asked for
 * until the settings engineer's HostKeyDialog/SecretDialog exist; swap them in here then.
 */
final class DrillWiring {
    private DrillWiring() {
    }

    /** The Drills screen: leftovers of interrupted runs (with Clean up), the history with RTO verdicts, the wizard. */
    static DrillsScreen screen(AppContext ctx, TaskRunner runner, ZoneId zone) {
        Connectors connectors = ConsoleConnectors.of(ctx);
        DrillRunHistory history = ctx.drillRunHistory(connectors);
        return new DrillsScreen(new DrillHistoryViewModel(ctx.drillRunRepository(), runner, history::rtoVerdict),
                new DrillWizardViewModel(wizardServices(ctx), runner),
                new DrillLeftoversViewModel(ctx.drillCleanup(connectors), ctx.config().operator(), runner),
                new io.drillbook.ui.drill.DrillRunDetailViewModel(new io.drillbook.ui.drill.DrillRunDetailServices(history,
                        new io.drillbook.core.drill.KeptOutputs(ctx.outputDir()), ReportWiring.exporter(ctx),
                        ctx.config().dataDir().resolve("exports"), zone, runner)), zone);
    }

    /** At start: tells the status bar when drill runs may have left something on their target (listed under Drills). */
    static void noticeLeftovers(AppContext ctx, TaskRunner runner, java.util.function.Consumer<String> notice) {
        io.drillbook.ui.common.BackgroundTask.of(() -> ctx.drillCleanup(ConsoleConnectors.of(ctx)).pending().size())
                .titled("look for drill leftovers")
                .onSuccess(count -> {
                    if (count > 0) {
                        notice.accept(count + " drill run(s) may have left something on their target: see Drills to clean up");
                    }
                })
                .runWith(runner);
    }

    static DrillWizardServices wizardServices(AppContext ctx) {
        Connectors connectors = ConsoleConnectors.of(ctx);
        return new DrillWizardServices(ctx.workspaceRepository(), ctx.drillRunRepository(), ctx.drillPlanLibrary(),
                ctx.backupSelector(), connectors::profile, connectors.tester(), ctx.drillService(connectors), ctx.evidenceLog(),
                ctx.clock(), ctx.config().operator(), FxTaskRunner::onFxThread);
    }
}
