package io.drillbook.app;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.HeatMetric;
import io.drillbook.ui.compliance.MatrixHeatMapData;
import io.drillbook.ui.drill.BackupRow;
import io.drillbook.ui.drill.DrillTargetRow;
import io.drillbook.ui.heatmap.CellStatus;
import io.drillbook.ui.shell.MainWindow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill operator walks the wizard on the demo workspace, from the first page to the summary. */
@ExtendWith(ApplicationExtension.class)
class DrillWizardTest {
    static final SystemEnv TARGET = new SystemEnv("payments", "prod");

    @TempDir
    static Path dataDir;

    DemoConsole console;
    AppContext ctx;
    MainWindow main;

    @Start
    void start(Stage stage) {
        console = DemoConsole.open(stage, dataDir, "tester", Clock.systemUTC());
        stage.setWidth(1280);
        stage.setHeight(820);
        ctx = console.ctx();
        main = console.main();
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void operatorRunsTheDemoSqlDrillWithAManualStepAndSeesItInEvidenceAndTheRtoHeatMap(FxRobot robot) throws Exception {
        CellStatus rtoBefore = rtoToday(robot);
        robot.interact(() -> main.show("drills"));
        robot.clickOn("#drill-new");

        TableView<DrillTargetRow> targets = robot.lookup("#wizard-targets").queryTableView();
        waitFor(() -> targets.getItems().stream().anyMatch(r -> r.target().equals(TARGET)));
        assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).as("Next needs a choice").isTrue();
        robot.interact(() -> targets.getSelectionModel().select(targets.getItems().stream().filter(r -> r.target().equals(TARGET)).findFirst().orElseThrow()));
        robot.clickOn("#wizard-next");

        ListView<io.drillbook.core.drill.StoredDrillPlan> plans = robot.lookup("#wizard-plans").queryListView();
        waitFor(() -> !plans.getItems().isEmpty());
        robot.interact(() -> plans.getSelectionModel().select(plans.getItems().stream()
                .filter(p -> p.name().equals("demo: payments database restore")).findFirst().orElseThrow()));
        robot.clickOn("#wizard-next");

        TableView<BackupRow> backups = robot.lookup("#wizard-backups").queryTableView();
        waitFor(() -> backups.getItems().stream().anyMatch(b -> b.backup().externalId().equals("demo-payments-dump")));
        robot.interact(() -> backups.getSelectionModel().select(backups.getItems().stream()
                .filter(b -> b.backup().externalId().equals("demo-payments-dump")).findFirst().orElseThrow()));
        robot.clickOn("#wizard-next");

        waitFor(() -> robot.lookup("#wizard-preflight").queryAs(Label.class).getText().contains("OK"));
        assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).as("disposable target not confirmed yet").isTrue();
        robot.clickOn("#wizard-disposable");
        robot.clickOn("#wizard-next");

        robot.clickOn("#drill-start");
        waitFor(() -> robot.lookup("#drill-manual-done").queryButton().isVisible());
        assertThat(robot.lookup("#drill-manual-instructions").queryAs(Label.class).getText()).contains("Point the app config");
        robot.clickOn("#drill-manual-done");
        waitFor(() -> !robot.lookup("#wizard-next").queryButton().isDisabled());
        robot.clickOn("#wizard-next");

        assertThat(robot.lookup("#wizard-result-headline").queryAs(Label.class).getText()).startsWith("PASSED");
        TableView<io.drillbook.core.drill.StepOutcome> results = robot.lookup("#wizard-results").queryTableView();
        assertThat(results.getItems()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Schema version");
            assertThat(s.verdict().expected()).contains("4.1");
            assertThat(s.verdict().actual()).isEqualTo("4.1");
        });
        assertThat(results.getItems()).filteredOn(s -> s.confirmation() != null)
                .extracting(s -> s.confirmation().confirmedBy()).containsExactly("tester");
        robot.clickOn("#wizard-next");

        robot.clickOn("#gap-description").write("Role grant had to be run by hand");
        robot.clickOn("#gap-owner").write("bob");
        DatePicker due = robot.lookup("#gap-due").query();
        robot.interact(() -> due.setValue(LocalDate.now().plusWeeks(2)));
        robot.clickOn("#gap-add");
        robot.clickOn("#drill-notes").write("Restore took longer on a cold cache.");
        robot.clickOn("#wizard-next");

        String summary = robot.lookup("#wizard-summary").queryAs(Label.class).getText();
        assertThat(summary).contains("PASSED", "Gaps recorded: 1").containsPattern("Evidence record: #\\d+");
        assertThat(summary).doesNotContain("#-1");

        robot.interact(() -> main.show("evidence"));
        TableView<EvidenceEvent> evidence = robot.lookup("#evidence-table").queryTableView();
        waitFor(() -> evidence.getItems().stream().anyMatch(e -> e.kind().equals("drill.finished")));
        assertThat(evidence.getItems()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("drill.gap");
            assertThat(e.payload()).contains("bob", "dueDate");
        });

        rtoToday(robot);
        ComplianceScreen screen = (ComplianceScreen) main.currentScreen();
        waitFor(() -> {
            if (rtoStatusShown(screen) == CellStatus.COMPLIANT) {
                return true;
            }
            if (!robot.lookup("#heat-metric").queryComboBox().isDisabled()) {
                robot.interact(main::refreshCurrent);
            }
            return false;
        });
        assertThat(rtoBefore).as("RTO cell of " + TARGET + " before the drill").isNotEqualTo(CellStatus.COMPLIANT);
    }

    private CellStatus rtoToday(FxRobot robot) throws Exception {
        robot.interact(() -> main.show("compliance"));
        ComplianceScreen screen = (ComplianceScreen) main.currentScreen();
        ComboBox<HeatMetric> metric = robot.lookup("#heat-metric").queryComboBox();
        Object old = screen.heatMap().canvas().dataProperty().get();
        robot.interact(() -> {
            metric.setValue(HeatMetric.RPO);
            metric.setValue(HeatMetric.RTO);
        });
        waitFor(() -> screen.heatMap().canvas().dataProperty().get() instanceof MatrixHeatMapData d
                && d != old && d.rowCount() > 0 && d.matrix() != null && metricIsRto(robot));
        MatrixHeatMapData data = (MatrixHeatMapData) screen.heatMap().canvas().dataProperty().get();
        return data.status(data.rowOf(TARGET), data.dayCount() - 1);
    }

    private static CellStatus rtoStatusShown(ComplianceScreen screen) {
        if (screen.heatMap().canvas().dataProperty().get() instanceof MatrixHeatMapData d && d.rowCount() > 0) {
            return d.status(d.rowOf(TARGET), d.dayCount() - 1);
        }
        return null;
    }

    private static boolean metricIsRto(FxRobot robot) {
        return robot.lookup("#heat-metric").queryComboBox().getValue() == HeatMetric.RTO;
    }

    /** Waits for a condition, evaluated on the JavaFX thread, which is the one that changes what it reads. */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

}
