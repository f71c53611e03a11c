package io.drillbook.app;

import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.drill.DrillWizardServices;

/**
 * Wires the console's drill wizard. Unknown host keys are refused and no secret is asked for
 * until the settings engineer's HostKeyDialog/SecretDialog exist; swap them in here then.
 */
final class DrillWiring {
    private DrillWiring() {
    }

    static DrillWizardServices wizardServices(AppContext ctx) {
        Connectors connectors = ConsoleConnectors.of(ctx);
        return new DrillWizardServices(ctx.workspaceRepository(), ctx.drillRunRepository(), ctx.drillPlanLibrary(),
                ctx.backupSelector(), connectors::profile, connectors.tester(), ctx.drillService(connectors), ctx.evidenceLog(),
                ctx.clock(), ctx.config().operator(), FxTaskRunner::onFxThread);
    }
}
