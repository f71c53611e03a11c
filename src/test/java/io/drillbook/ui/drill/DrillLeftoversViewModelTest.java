package io.drillbook.ui.drill;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillOrder;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Drills screen lists a failed target kept for investigation with what its cleanup removes,
 * and Clean up runs that cleanup: no window, the real store and the local profile.
 */
class DrillLeftoversViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;

    @BeforeEach
    void open() {
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
        ctx.seedDemoIfEmpty();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void keptTargetIsListedAndCleanUpRemovesItFromTheTargetAndTheList() throws Exception {
        DrillPlan demo = ctx.drills().drillPlanLibrary().plan("demo: catalog files restore").orElseThrow();
        Path keep = Files.createDirectories(dir.resolve("kept"));
        DrillPlan failing = new DrillPlan("kept catalog", demo.system(), demo.environment(), demo.target(), demo.backup(),
                Map.of("workDir", keep.toString()), demo.steps(),
                java.util.List.of(io.drillbook.core.drill.DrillCheck.of("Wrong count", "echo 2",
                        io.drillbook.core.drill.Expectation.equalTo("3"))),
                demo.cleanup(), false, null, Duration.ofDays(3));
        var connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        var choice = ctx.drills().backupSelector().choose(failing, BackupSelection.id("demo-catalog-files"), ProgressListener.NONE,
                CancellationToken.none());
        var result = ctx.drills().drillService(connectors).run(new DrillOrder(failing, choice, ctx.platform().config().operator(), Map.of()),
                ManualStepGate.refuse("nobody", Clock.systemUTC()), DrillListener.NONE, CancellationToken.none());
        Path restored = keep.resolve("run-" + result.runId());
        assertThat(restored).isDirectory();

        DrillLeftoversViewModel model = new DrillLeftoversViewModel(ctx.drills().drillCleanup(connectors), ctx.platform().config().operator(),
                new CurrentThreadTaskRunner());
        model.load();

        assertThat(model.leftovers()).singleElement().satisfies(l -> assertThat(DrillLeftoversViewModel.describe(l))
                .contains(result.runId(), "kept for investigation until", "rm -rf"));

        model.cleanUp(model.leftovers().get(0));

        assertThat(model.statusProperty().get()).isEqualTo("Cleaned up " + result.runId());
        assertThat(model.leftovers()).isEmpty();
        assertThat(restored).doesNotExist();
    }
}
