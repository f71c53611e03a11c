package io.drillbook.app;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.HeatMetric;
import io.drillbook.ui.compliance.MatrixHeatMapData;
import io.drillbook.ui.heatmap.CellStatus;
import io.drillbook.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The heat map on the demo workspace, as a release manager uses it. */
@ExtendWith(ApplicationExtension.class)
class ComplianceScreenTest {
    @TempDir
    static Path dataDir;

    DemoConsole console;
    MainWindow main;

    @Start
    void start(Stage stage) {
        console = DemoConsole.open(stage, dataDir, "tester", Clock.systemUTC());
        stage.setWidth(1280);
        stage.setHeight(820);
        main = console.main();
        main.show("compliance");
    }

    @AfterEach
    void close() {
        console.close();
    }

    private MatrixHeatMapData loaded(ComplianceScreen screen) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.heatMap().canvas().dataProperty().get().rowCount() > 0);
        return (MatrixHeatMapData) screen.heatMap().canvas().dataProperty().get();
    }

    @Test
    void hoveringTheDemoBreachShowsItsWorstRpoAndClickingOpensTheDayDetail(FxRobot robot) throws Exception {
        ComplianceScreen screen = (ComplianceScreen) main.currentScreen();
        MatrixHeatMapData data = loaded(screen);
        int row = data.rowOf(new SystemEnv("analytics", "prod"));
        int day = firstBreachDay(data, row);
        assertThat(day).as("the demo's RPO breach of analytics/prod is in the last 90 days").isGreaterThanOrEqualTo(0);
        screen.heatMap().canvas().setFirstRow(row);
        double[] centre = screen.heatMap().canvas().centreOf(row, day);
        Point2D onScreen = screen.heatMap().canvas().localToScreen(centre[0], centre[1]);
        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.heatMap().tooltip().isShowing());
        assertThat(screen.heatMap().tooltip().getText()).contains("analytics/prod", "breach", "worst RPO");
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#day-detail-gaps").tryQuery().isPresent());
        assertThat(robot.lookup("#day-detail-gaps").queryAs(Label.class).getText()).startsWith("Gaps beyond the RPO");
    }

    @Test
    void switchingTheMetricRedrawsWithThatMetricsStatuses(FxRobot robot) throws Exception {
        ComplianceScreen screen = (ComplianceScreen) main.currentScreen();
        MatrixHeatMapData rpo = loaded(screen);
        ComboBox<HeatMetric> metric = robot.lookup("#heat-metric").queryComboBox();
        robot.interact(() -> metric.setValue(HeatMetric.RTO));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.heatMap().canvas().dataProperty().get() != rpo);
        MatrixHeatMapData rto = (MatrixHeatMapData) screen.heatMap().canvas().dataProperty().get();
        int row = rto.rowOf(new SystemEnv("analytics", "prod"));
        int breachDay = firstBreachDay(rpo, rpo.rowOf(new SystemEnv("analytics", "prod")));
        assertThat(rto.status(row, breachDay)).isNotEqualTo(CellStatus.BREACH);
        assertThat(robot.lookup("#compliance-summary").queryAs(Label.class).getText()).contains("system/environment pairs");
    }

    @Test
    void aCustomRangeShowsExactlyThoseDays(FxRobot robot) throws Exception {
        ComplianceScreen screen = (ComplianceScreen) main.currentScreen();
        loaded(screen);
        java.time.LocalDate last = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30);
        java.time.LocalDate first = last.minusDays(13);
        javafx.scene.control.DatePicker from = robot.lookup("#heat-from").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker to = robot.lookup("#heat-to").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> {
            from.setValue(first);
            to.setValue(last);
        });
        robot.clickOn("#heat-custom-range");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.heatMap().canvas().dataProperty().get().dayCount() == 14);
        assertThat(screen.heatMap().canvas().dataProperty().get().firstDay()).isEqualTo(first);
    }

    private static int firstBreachDay(MatrixHeatMapData data, int row) {
        for (int d = 0; d < data.dayCount(); d++) {
            if (data.status(row, d) == CellStatus.BREACH) {
                return d;
            }
        }
        return -1;
    }
}
