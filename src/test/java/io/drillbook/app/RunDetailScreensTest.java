package io.drillbook.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results that open: a failed drill in the Drills list opens on its failing check with expected and
 * actual and shows its gap; a playbook's history lists its completed run, which opens as a timeline.
 */
@ExtendWith(ApplicationExtension.class)
class RunDetailScreensTest {
    @TempDir
    static Path dataDir;
    static String failedDrill;
    static String completedRun;

    DemoConsole console;
    Stage window;

    @BeforeAll
    static void recordRuns() {
        try (RecordedRuns runs = RecordedRuns.record(dataDir)) {
            failedDrill = runs.failedDrill();
            completedRun = runs.completedPlaybookRun();
        }
    }

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
        console = DemoConsole.openExisting(stage, dataDir, "alice", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void aFailedDrillOpensOnItsFailingCheckWithExpectedAndActualAndShowsItsGap(FxRobot robot) throws Exception {
        InWindow.click(robot, window, "nav-drills");
        TableView<?> drills = (TableView<?>) InWindow.node(robot, window, "drill-table");
        InWindow.waitUntil(() -> robot.from(drills).lookup(RecordedRuns.FAILED_PLAN).tryQuery().isPresent());
        assertThat(robot.from(drills).lookup(".status-badge.status-failed").tryQuery()).as("the failed drill is marked").isPresent();

        robot.doubleClickOn((javafx.scene.Node) robot.from(drills).lookup(RecordedRuns.FAILED_PLAN).query());
        InWindow.waitUntil(() -> "failed".equals(InWindow.text(robot, window, "drill-detail-result")));

        assertThat(InWindow.text(robot, window, "drill-detail-rto")).startsWith("RTO not demonstrated");
        TableView<?> steps = (TableView<?>) InWindow.node(robot, window, "drill-detail-steps");
        var failing = (io.drillbook.ui.drill.DrillStepLine) steps.getSelectionModel().getSelectedItem();
        assertThat(failing.name()).isEqualTo("Orders present");
        assertThat(robot.from(steps).lookup(">= 5000").tryQuery()).isPresent();
        assertThat(robot.from(steps).lookup("4980").tryQuery()).isPresent();
        ListView<?> gaps = (ListView<?>) InWindow.node(robot, window, "drill-detail-gaps");
        assertThat(robot.from(gaps).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith(RecordedRuns.GAP) && l.getText().contains("owner bob")).tryQuery()).isPresent();
        assertThat(InWindow.text(robot, window, "drill-detail-output")).contains("expected >= 5000 but was 4980");

        InWindow.click(robot, window, "drill-detail-back");
        InWindow.waitUntil(() -> InWindow.node(robot, window, "drill-table").getScene() != null);
    }

    @Test
    void aPlaybooksHistoryShowsItsCompletedRunWhichOpensAsATimeline(FxRobot robot) throws Exception {
        InWindow.click(robot, window, "nav-playbooks");
        TableView<?> list = (TableView<?>) InWindow.node(robot, window, "playbook-list");
        InWindow.clickRowUntil(robot, window, list, RecordedRuns.PLAYBOOK, "pb-history");
        TableView<?> history = (TableView<?>) InWindow.node(robot, window, "pb-history");
        InWindow.waitUntil(() -> robot.from(history).lookup(completedRun).tryQuery().isPresent());
        assertThat(robot.from(history).lookup(".status-badge.status-ok").tryQuery()).as("the completed run is marked").isPresent();

        InWindow.scrollIntoView(robot, history);
        // The run id is in the last column, which may be scrolled out of view: click the row's first cell.
        javafx.scene.Node idCell = robot.from(history).lookup(completedRun).match(InWindow::shown).query();
        javafx.scene.Node rowOfRun = idCell;
        while (!(rowOfRun instanceof javafx.scene.control.TableRow)) {
            rowOfRun = rowOfRun.getParent();
        }
        robot.clickOn(((javafx.scene.control.TableRow<?>) rowOfRun).getChildrenUnmodifiable().get(0));
        InWindow.scrollIntoView(robot, InWindow.node(robot, window, "pb-history-open"));
        InWindow.click(robot, window, "pb-history-open");
        InWindow.waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-past-timeline").tryQuery().isPresent());

        assertThat(InWindow.text(robot, window, "pb-past-status")).isEqualTo("completed");
        ListView<?> timeline = (ListView<?>) InWindow.node(robot, window, "pb-past-timeline");
        assertThat(timeline.getItems()).hasSizeGreaterThan(7);
        assertThat(timeline.getItems()).map(i -> ((io.drillbook.ui.playbook.PastRun.TimelineRow) i).text())
                .anyMatch(t -> t.contains("bob  Approve the restore (approval): passed"));
        TableView<?> steps = (TableView<?>) InWindow.node(robot, window, "pb-past-steps");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(steps).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.control.Labeled l
                && "bob".equals(l.getText())).tryQuery()).as("the approver is shown").isPresent();

        InWindow.click(robot, window, "pb-past-back");
        WaitForAsyncUtils.waitForFxEvents();
        InWindow.waitUntil(() -> InWindow.node(robot, window, "pb-history").getScene() != null);
    }
}
