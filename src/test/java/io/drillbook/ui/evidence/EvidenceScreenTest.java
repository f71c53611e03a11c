package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.infra.report.ReportFixture;
import io.drillbook.ui.common.FxTaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evidence screen alone in a plain stage, on a real H2 store with a month of evidence. */
@ExtendWith(ApplicationExtension.class)
class EvidenceScreenTest {
    @TempDir
    static Path dir;

    ReportFixture fx;
    FxTaskRunner runner;
    Path exportDir;
    EvidenceViewModel model;

    @Start
    void start(Stage stage) {
        Path store = dir.resolve("store-" + System.nanoTime());
        fx = new ReportFixture(store).seed();
        runner = new FxTaskRunner();
        exportDir = store.resolve("exports");
        model = new EvidenceViewModel(fx.log, runner, fx.service(), exportDir, Clock.fixed(ReportFixture.GENERATED_AT, ZoneOffset.UTC));
        model.filters().fromProperty().set(LocalDate.of(2026, 10, 1));
        model.filters().toProperty().set(LocalDate.of(2026, 10, 31));
        EvidenceScreen screen = new EvidenceScreen(model, ZoneOffset.UTC);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 700));
        stage.show();
        screen.refresh();
    }

    @AfterEach
    void close() {
        runner.close();
        fx.close();
    }

    private TableView<EvidenceEvent> table(FxRobot robot, int rows) throws Exception {
        TableView<EvidenceEvent> table = robot.lookup("#evidence-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == rows);
        return table;
    }

    @Test
    void exportsTheChosenFormatFromTheScreenAndTheFileIsThere(FxRobot robot) throws Exception {
        table(robot, 31);
        robot.clickOn("#export-format");
        robot.clickOn("JSON");
        assertThat(model.exportFormatProperty().get()).isEqualTo(ReportFormat.JSON);
        robot.clickOn("#export-report");
        Path expected = exportDir.resolve("drillbook-report-2026-10-01-2026-10-31.json");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(expected) && model.lastExportProperty().get() != null);
        assertThat(Files.readString(expected)).contains("\"format\":\"drillbook.report/2\"", "shop-db restore");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains(expected.toString());
    }

    @Test
    void filtersNarrowTheTableAndTheSelectedEventShowsItsPayload(FxRobot robot) throws Exception {
        table(robot, 31);
        robot.clickOn("#evidence-kind").write("gate.");
        robot.clickOn("#evidence-apply");
        table(robot, 2);
        robot.clickOn("#evidence-kind").eraseText(5);
        robot.clickOn("#evidence-result").write("passed");
        robot.clickOn("#evidence-apply");
        TableView<EvidenceEvent> passed = table(robot, 1);
        robot.interact(() -> passed.getSelectionModel().select(0));
        String detail = robot.lookup("#evidence-detail").queryAs(TextArea.class).getText();
        assertThat(detail).startsWith("#8  drill.finished").containsIgnoringCase("\"result\" : \"passed\"").contains("hash ");
    }

    @Test
    void chainCheckResultIsShown(FxRobot robot) throws Exception {
        table(robot, 31);
        robot.clickOn("#verify-chain");
        Label status = robot.lookup("#chain-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Chain intact: 31 events"));
    }
}
