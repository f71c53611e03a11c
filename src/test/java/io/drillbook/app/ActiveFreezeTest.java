package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar names the freeze in force, recurring ones included. */
class ActiveFreezeTest {
    @TempDir
    Path dir;

    @Test
    void namesTheFreezeInForceAndNothingOutsideIt() {
        Clock clock = Clock.systemUTC();
        try (AppContext ctx = new AppContext(new AppConfig(dir, null, "t"), clock)) {
            Freeze weekly = new Freeze("Friday freeze", "no Friday deploys", List.of("prod"),
                    new Recurrence(LocalDateTime.of(2026, 11, 6, 12, 0), Duration.ofHours(12), ZoneId.of("UTC"),
                            "FREQ=WEEKLY;BYDAY=FR", List.of()), false);
            ctx.platform().workspaceRepository().saveFreeze(weekly);
            assertThat(ConsoleWindow.activeFreeze(ctx, Instant.parse("2026-11-27T15:00:00Z"))).isEqualTo("Freeze: Friday freeze (prod)");
            assertThat(ConsoleWindow.activeFreeze(ctx, Instant.parse("2026-11-26T15:00:00Z"))).isEmpty();
        }
    }

    @Test
    void demoYearEndFreezeIsInForceOnTheTwentySecondOfDecember() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("UTC"));
        try (AppContext ctx = new AppContext(new AppConfig(dir, null, "t"), clock)) {
            Workspace demo = DemoAssets.workspace(clock);
            ctx.platform().workspaceRepository().merge(demo);
            assertThat(ConsoleWindow.activeFreeze(ctx, Instant.parse("2026-12-22T12:00:00Z"))).startsWith("Freeze: Year-end freeze");
            assertThat(ConsoleWindow.activeFreeze(ctx, Instant.parse("2026-12-10T12:00:00Z"))).isEmpty();
        }
    }
}
