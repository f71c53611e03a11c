package io.drillbook.app;

import io.drillbook.core.team.LockResources;
import io.drillbook.core.model.SystemEnv;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Incident mode in the console: the demo playbook run through its approval and manual checkpoint. */
@ExtendWith(ApplicationExtension.class)
class PlaybookRunScreenTest {
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

    private org.testfx.api.FxRobotInterface click(FxRobot robot, String id) throws Exception {
        return InWindow.click(robot, window, id);
    }

    private String text(FxRobot robot, String id) {
        return InWindow.text(robot, window, id);
    }

    private void openDemoStartForm(FxRobot robot) throws Exception {
        click(robot, "nav-playbooks");
        TableView<?> list = (TableView<?>) node(robot, "playbook-list");
        InWindow.clickRowUntil(robot, window, list, "rollback demo service", "pb-start");
    }

    private void answer(FxRobot robot, String name) {
        robot.doubleClickOn(node(robot, "pb-answer-name")).eraseText(20).write(name);
    }

    @Test
    void demoRunGoesThroughApprovalByASecondPersonAndTheManualCheckpointWithTheFreezeShownWhileItRuns(FxRobot robot)
            throws Exception {
        openDemoStartForm(robot);
        assertThat(node(robot, "pb-start").isDisabled()).as("production needs the environment typed").isTrue();
        click(robot, "pb-confirm-env").write("prod");
        click(robot, "pb-start");
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-primary").tryQuery().isPresent());
        waitUntil(() -> text(robot, "status-freeze").contains("Active recovery: rollback demo service"));
        assertThat(text(robot, "pb-current-step")).contains("Stop demo service");
        assertThat(text(robot, "pb-command")).contains("rm -f '" + io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx) + "'/service.pid");

        click(robot, "pb-primary");
        waitUntil(() -> text(robot, "pb-primary").equals("Approve"));
        assertThat(text(robot, "pb-current-step")).contains("Approve the restore");
        answer(robot, "alice");
        click(robot, "pb-primary");
        waitUntil(() -> text(robot, "pb-run-message").contains("alice runs this playbook and cannot also approve it"));
        assertThat(text(robot, "pb-primary")).isEqualTo("Approve");
        answer(robot, "bob");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil(() -> text(robot, "pb-primary").equals("Confirm done"));
        assertThat(text(robot, "pb-current-step")).contains("Check the restored config");
        answer(robot, "alice");
        click(robot, "pb-primary");

        waitUntil(() -> node(robot, "pb-close").isVisible());
        assertThat(text(robot, "pb-status")).contains("completed");
        waitUntil(() -> text(robot, "status-freeze").isEmpty());
        assertThat(io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx).resolve("live/app.conf")).hasContent("port=8080");

        click(robot, "pb-copy-status");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Playbook \"rollback demo service\"").contains("COMPLETED")
                .contains("Approve the restore: passed by bob").contains("Check the restored config: passed");
    }

    @Test
    void abortWhileAnApprovalWaitsEndsTheRunWithTheReasonAndLiftsTheFreeze(FxRobot robot) throws Exception {
        openDemoStartForm(robot);
        click(robot, "pb-confirm-env").write("prod");
        click(robot, "pb-start");
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-primary").tryQuery().isPresent());
        click(robot, "pb-primary");
        waitUntil(() -> text(robot, "pb-primary").equals("Approve"));

        click(robot, "pb-reason").write("wrong release picked");
        click(robot, "pb-abort");

        waitUntil(() -> node(robot, "pb-close").isVisible());
        assertThat(text(robot, "pb-status")).contains("aborted");
        waitUntil(() -> text(robot, "status-freeze").isEmpty());
        assertThat(io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx).resolve("live/app.conf")).hasContent("port=broken");
        assertThat(ctx.platform().evidenceLog().repository().find(io.drillbook.core.evidence.EvidenceQuery.all(50)
                .withKindPrefix("playbook.aborted"))).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("wrong release picked"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void declinedApprovalFailsTheRunAndSkippingItNeedsAReasonThenTheRunGoesOn(FxRobot robot) throws Exception {
        openDemoStartForm(robot);
        click(robot, "pb-confirm-env").write("prod");
        click(robot, "pb-start");
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-primary").tryQuery().isPresent());
        click(robot, "pb-primary");
        waitUntil(() -> text(robot, "pb-primary").equals("Approve"));
        answer(robot, "bob");
        click(robot, "pb-decline");
        waitUntil(() -> text(robot, "pb-status").contains("failed"));

        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) node(robot, "pb-step-choice")).setValue("Approve the restore"));
        click(robot, "pb-skip");
        assertThat(text(robot, "pb-run-message")).isEqualTo("Skipping 'Approve the restore' needs a reason.");
        click(robot, "pb-reason").write("approved by phone, see ticket INC-7");
        click(robot, "pb-skip");
        waitUntil(() -> text(robot, "pb-status").contains("paused"));
        click(robot, "pb-primary");

        waitUntil(() -> text(robot, "pb-primary").equals("Confirm done"));
        assertThat(io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx).resolve("live/app.conf")).hasContent("port=8080");
        assertThat(text(robot, "pb-status-update")).contains("Approve the restore: skipped");
        click(robot, "pb-abort");
        waitUntil(() -> node(robot, "pb-close").isVisible());
    }

    @Test
    void secondStartAgainstTheSameSystemIsToldWhoHoldsTheRunSinceWhen(FxRobot robot) throws Exception {
        ctx.platform().runLocks().acquire(LockResources.playbookRun(new SystemEnv("shop", "prod")), "carol@other-console");
        openDemoStartForm(robot);
        click(robot, "pb-confirm-env").write("prod");
        click(robot, "pb-start");

        waitUntil(() -> text(robot, "pb-message").startsWith("Not started"));
        assertThat(text(robot, "pb-message")).contains("playbook-run:shop/prod is held by carol@other-console since");
        assertThat(ctx.platform().workspaceRepository().freezes()).noneMatch(f -> f.name().startsWith("Active recovery"));
    }

    @Test
    void dryRunShowsEveryRenderedCommandAndTheConnectionCheck(FxRobot robot) throws Exception {
        openDemoStartForm(robot);
        click(robot, "pb-dry-run");

        waitUntil(() -> text(robot, "pb-dry-run-output").contains("Dry run OK"));
        assertThat(text(robot, "pb-dry-run-output")).contains("cp '" + io.drillbook.app.demo.DemoSeeding.playbookFolder(ctx) + "'/backup/app.conf")
                .contains("connection local: ok").contains("7. Health check");
    }
}
