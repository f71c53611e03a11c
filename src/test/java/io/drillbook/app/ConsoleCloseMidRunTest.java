package io.drillbook.app;

import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLockedException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing the console while a playbook run waits at its approval: asked first, then aborted honestly and unlocked. */
@ExtendWith(ApplicationExtension.class)
class ConsoleCloseMidRunTest {
    static final String LOCK = LockResources.playbookRun(new SystemEnv("shop", "prod"));

    @TempDir
    static Path dataDir;

    DemoConsole console;
    AppContext ctx;
    Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        console = DemoConsole.open(stage, dataDir, "alice", DemoPlaybookTest.MID_YEAR);
        ctx = console.ctx();
    }

    @AfterEach
    void close() {
        console.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        InWindow.waitUntil(condition);
    }

    private Node node(FxRobot robot, String id) {
        return InWindow.node(robot, window, id);
    }

    /** Starts the demo playbook and lets it run up to its approval, where it waits on a background thread. */
    private void runUntilTheApprovalWaits(FxRobot robot) throws Exception {
        InWindow.click(robot, window, "nav-playbooks");
        TableView<?> list = (TableView<?>) node(robot, "playbook-list");
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> !list.getItems().isEmpty()).get());
        robot.clickOn((Node) robot.from(list).lookup("rollback demo service").query());
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-start").tryQuery().isPresent());
        InWindow.click(robot, window, "pb-confirm-env").write("prod");
        InWindow.click(robot, window, "pb-start");
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-primary").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#pb-primary").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#pb-primary");
        waitUntil(() -> ((Button) node(robot, "pb-primary")).getText().equals("Approve"));
    }

    /** What the window manager sends when the user clicks the window's close box (not waited for: a dialog follows). */
    private void requestClose() {
        WaitForAsyncUtils.asyncFx(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** The close dialog's button, shown and clickable (its window open, the node visible). */
    private static boolean dialogButtonShown(FxRobot robot, String id) {
        return robot.lookup("#" + id).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    private RunInfo theRun() {
        return ctx.playbooks().playbookJournal().runsOf("rollback demo service", 1).get(0);
    }

    @Test
    void closingMidRunAsksThenRecordsTheRunAbortedAsConsoleClosedAndReleasesItsLock(FxRobot robot) throws Exception {
        runUntilTheApprovalWaits(robot);

        requestClose();
        waitUntil(() -> dialogButtonShown(robot, "close-abort-run"));
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("A playbook run is in progress. Abort it and close?");
        robot.clickOn("#close-abort-run");

        waitUntil(() -> !window.isShowing());
        assertThat(theRun().status()).isEqualTo(RunStatus.ABORTED);
        assertThat(ctx.playbooks().playbookJournal().steps(theRun().runId())).extracting(s -> s.name() + " " + s.state())
                .startsWith("Stop demo service PASSED", "Approve the restore CANCELLED")
                .endsWith("Health check CANCELLED");
        assertThat(ctx.platform().evidenceLog().repository().find(EvidenceQuery.all(50).withKindPrefix("playbook.aborted")))
                .singleElement().satisfies(e -> assertThat(e.payload()).contains("console closed"));
        assertThat(ctx.platform().workspaceRepository().freezes()).noneMatch(f -> f.activeRecovery());
        assertThat(ctx.platform().runLocks().acquire(LOCK, "bob@other-console").holder()).isEqualTo("bob@other-console");
        ctx.platform().runLocks().release(LOCK);
        assertThat(ctx.platform().evidenceLog().verify().isIntact()).isTrue();
    }

    @Test
    void answeringNoKeepsTheConsoleOpenAndTheRunWithItsLock(FxRobot robot) throws Exception {
        runUntilTheApprovalWaits(robot);

        requestClose();
        waitUntil(() -> dialogButtonShown(robot, "close-keep-run"));
        robot.clickOn("#close-keep-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.isShowing()).isTrue();
        assertThat(theRun().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(((Button) node(robot, "pb-primary")).getText()).isEqualTo("Approve");
        assertThatThrownBy(() -> ctx.platform().runLocks().acquire(LOCK, "bob@other-console")).isInstanceOf(RunLockedException.class);

        InWindow.click(robot, window, "pb-abort");
        waitUntil(() -> node(robot, "pb-close").isVisible());
        assertThat(theRun().status()).isEqualTo(RunStatus.ABORTED);
    }
}
