package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The very first start as the console makes it: the store is opened off the FX thread, the main
 * window comes up at once with its screens covered by a "preparing the demo data" notice, and the
 * demo (workspace and history) arrives behind it: then the notice goes and the screens show the
 * past drills.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleFirstStartTest {
    @TempDir
    static Path dataDir;

    private final AtomicBoolean demoReady = new AtomicBoolean();
    private FxTaskRunner runner;
    private AppContext ctx;
    private MainWindow main;
    private Node coverAtFirstScreen;
    private boolean pendingAtFirstScreen;

    @Start
    void start(Stage stage) throws Exception {
        runner = new FxTaskRunner();
        WorkspaceOpening.Opened opened = WorkspaceOpening.begin(new AppConfig(dataDir.resolve("first"), null, "tester"),
                Clock.systemUTC(), runner).await();
        ctx = opened.context();
        main = ConsoleWindow.show(stage, ctx, runner, new WindowStateStore(dataDir.resolve("first/console.properties")));
        stage.show();
        pendingAtFirstScreen = opened.demo().pending();
        opened.demo().fillBehind(main, runner, () -> demoReady.set(true));
        coverAtFirstScreen = main.lookup("#demo-preparing");
    }

    @AfterEach
    void close() {
        runner.close();
        ctx.close();
    }

    @Test
    void firstScreenComesUpCoveredWhileTheDemoIsPreparedThenShowsItsData(FxRobot robot) throws Exception {
        assertThat(pendingAtFirstScreen).as("a fresh store has its demo history still to prepare").isTrue();
        assertThat(main.currentScreen()).isNotNull();
        assertThat(coverAtFirstScreen).as("the screens say the demo data is being prepared").isNotNull();
        assertThat(((Labeled) coverAtFirstScreen.lookup(".label")).getText()).contains("Preparing the demo data");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, demoReady::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.lookup("#demo-preparing")).as("the notice is gone").isNull();

        robot.clickOn("#nav-drills");
        TableView<DrillSummary> drills = robot.lookup("#drill-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> drills.getItems().stream()
                .anyMatch(d -> d.result() == RunResult.FAILED && d.target().system().equals("catalog")));
        assertThat(drills.getItems()).anyMatch(d -> d.plan().equals("demo: catalog files restore") && d.result() == RunResult.PASSED);
    }
}
