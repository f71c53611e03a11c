package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user's first start: an empty data folder becomes a demo workspace. */
class DemoWorkspaceSeedTest {
    @TempDir
    Path dataDir;

    @Test
    void demoWorkspaceLoadsIntoAnEmptyDataFolderOnce() {
        try (AppContext ctx = new AppContext(new AppConfig(dataDir.resolve("fresh"), null, "tester"), Clock.systemUTC())) {
            assertThat(ctx.seedDemoIfEmpty()).isTrue();
            assertThat(ctx.platform().workspaceRepository().systems()).hasSize(12);
            assertThat(ctx.platform().workspaceRepository().policies()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(ctx.platform().workspaceRepository().load().releases()).hasSizeGreaterThan(10);
            assertThat(ctx.platform().evidenceLog().verify().isIntact()).isTrue();
            assertThat(ctx.seedDemoIfEmpty()).isFalse();
        }
        assertThat(dataDir.resolve("fresh").resolve("drillbook.mv.db")).exists();
    }

    @Test
    void theDemoYearHasOneClearRpoBreachAndNoOther() {
        try (AppContext ctx = new AppContext(new AppConfig(dataDir.resolve("year"), null, "tester"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            java.time.LocalDate today = java.time.LocalDate.now(ctx.compliance().complianceZone());
            var m = ctx.compliance().complianceService().matrix(today.minusDays(364), today, ctx.compliance().complianceZone());
            java.util.Set<io.drillbook.core.model.SystemEnv> breached = new java.util.TreeSet<>();
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.days(); c++) {
                    if (m.status(io.drillbook.core.compliance.Metric.RPO, r, c) == io.drillbook.core.compliance.ComplianceStatus.BREACH) {
                        breached.add(m.rows().get(r));
                    }
                }
            }
            assertThat(breached).containsExactly(new io.drillbook.core.model.SystemEnv("analytics", "prod"));
        }
    }
}
