package io.drillbook.ui.settings;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh sources in the settings: validation, saving reschedules, "Refresh now" shows the outcome. */
class RefreshSourcesViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    RefreshSourcesViewModel model;
    final AtomicInteger rescheduled = new AtomicInteger();

    @BeforeEach
    void open() {
        ctx = new AppContext(new AppConfig(dir, null, "tester"), Clock.systemUTC());
        Connectors connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        model = new RefreshSourcesViewModel(ctx.settings().settingsService(connectors), ctx.inventory().inventoryRefresher(connectors),
                rescheduled::incrementAndGet, new CurrentThreadTaskRunner(), Runnable::run);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void commandSourceWithoutTargetNamesTheMissingFields() {
        RefreshDraft draft = new RefreshDraft("r", RefreshSource.Kind.COMMAND, "local", "restic snapshots --json", "restic",
                "", "", " ", "x");

        assertThat(model.save(draft)).containsExactly("System: required", "Environment: required",
                "Interval (min): 'x' is not a whole number");
        assertThat(ctx.settings().refreshSources().all()).isEmpty();
        assertThat(rescheduled).hasValue(0);
    }

    @Test
    void savedSourceRefreshedNowShowsWhatItAdded() {
        Path sample = Path.of("src/test/resources/samples/restic_snapshots.json").toAbsolutePath();
        RefreshDraft draft = new RefreshDraft("shop-restic", RefreshSource.Kind.COMMAND, "local", "cat '" + sample + "'",
                "restic", "", "shop", "prod", "60");

        assertThat(model.save(draft)).isEmpty();
        assertThat(rescheduled).hasValue(1);
        assertThat(model.sources()).singleElement().satisfies(s -> assertThat(s.interval().toMinutes()).isEqualTo(60));

        model.refreshNow("shop-restic");

        assertThat(model.outcomes()).singleElement().asString().contains("shop-restic: 2 added");
        assertThat(model.messageProperty().get()).isEqualTo("1 refreshed, 0 failed");
        assertThat(model.refreshingProperty().get()).isFalse();
    }
}
