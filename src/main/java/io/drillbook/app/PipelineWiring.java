package io.drillbook.app;

import io.drillbook.core.metrics.HealthCollector;
import io.drillbook.core.report.GapRegister;

/** Builds the pipeline and monitoring services (metrics, pre-release backups, annotations) from the context. */
public final class PipelineWiring {
    private PipelineWiring() {
    }

    public static HealthCollector healthCollector(AppContext ctx) {
        return new HealthCollector(ctx.workspaceRepository(), ctx.backupRepository(), ctx.drillRunRepository(),
                ctx.complianceService(), new GapRegister(ctx.evidenceLog()), ctx.complianceZone(), ctx.clock());
    }
}
