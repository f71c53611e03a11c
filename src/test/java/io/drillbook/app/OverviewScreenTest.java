package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.overview.AttentionItem;
import io.drillbook.core.overview.AttentionLink;
import io.drillbook.core.overview.AttentionSection;
import io.drillbook.ui.calendar.CalendarScreen;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.MatrixHeatMapData;
import io.drillbook.ui.overview.OverviewScreen;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview on the demo workspace at 1280x800: what it lists, and that each item opens the screen dealing with it. */
@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {
    @TempDir
    static Path dataDir;

    DemoConsole console;
    Stage window;

    /** The demo workspace, seeded once (off the JavaFX thread) with a drill of crm/prod that failed yesterday and a freeze in force since two hours ago. */
    @BeforeAll
    static void seed() {
        try (AppContext ctx = new AppContext(new AppConfig(dataDir.resolve("ws"), null, "tester"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            Instant yesterday = Instant.now().minus(Duration.ofDays(1));
            ctx.drills().drillRunRepository().save(new DrillSummary("drill-overview-1", new SystemEnv("crm", "prod"), "crm restore", "b-1",
                    yesterday, yesterday.plusSeconds(900), RunResult.FAILED, Duration.ofHours(3), Duration.ofMinutes(15),
                    Duration.ofMinutes(15), Duration.ZERO, "bob"));
            ctx.platform().workspaceRepository().saveFreeze(new io.drillbook.core.model.Freeze("Card network freeze", "Card network change",
                    java.util.List.of("prod"), new io.drillbook.core.model.Recurrence(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2),
                    Duration.ofDays(2), java.time.ZoneOffset.UTC, null, java.util.List.of()), false));
        }
    }

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(800);
        window = stage;
        console = DemoConsole.openExisting(stage, dataDir.resolve("ws"), "tester", Clock.systemUTC());
    }

    /**
     * Back on the overview before the store closes: the Drills table reads RTO verdicts while it
     * renders its cells, and must not render against a closed store.
     */
    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.getScene().setRoot(new javafx.scene.layout.Pane()));
        console.close();
    }

    private OverviewScreen overview() throws Exception {
        assertThat(console.main().currentScreen().id()).as("the console opens on the overview").isEqualTo("overview");
        OverviewScreen screen = (OverviewScreen) console.main().currentScreen();
        InWindow.waitUntil(() -> !screen.model().items(AttentionSection.RELEASES).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return screen;
    }

    /** The row showing {@code item} on screen. */
    private Node rowOf(FxRobot robot, AttentionItem item) {
        return robot.from(window.getScene().getRoot()).lookup(".overview-item").match(n -> n.getUserData() == item).query();
    }

    private AttentionItem item(OverviewScreen screen, AttentionSection section, AttentionLink.Kind kind) {
        return screen.model().items(section).stream().filter(i -> i.link().kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item in " + screen.model().items(section)));
    }

    @Test
    void listsTheWeeksReleasesWithTheirGatesAndAReleaseOpensSelectedInTheCalendar(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        assertThat(robot.lookup("#overview-headline").queryAs(Label.class).getText()).endsWith("need your attention");
        AttentionItem release = item(screen, AttentionSection.RELEASES, AttentionLink.Kind.RELEASE);
        assertThat(release.detail()).matches("(no-go|go|go so far) · .+");
        robot.clickOn(rowOf(robot, release));
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("calendar"));
        CalendarScreen calendar = (CalendarScreen) console.main().currentScreen();
        InWindow.waitUntil(() -> Optional.ofNullable(calendar.model().selectedReleaseProperty().get())
                .map(r -> r.id().equals(release.link().key())).orElse(false));
        assertThat(calendar.calendarView().getDate()).isEqualTo(release.link().when().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    void aFailedDrillOpensTheDrillsScreenOnThatRunsDetail(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        AttentionItem failed = screen.model().items(AttentionSection.DRILLS).stream()
                .filter(i -> i.link().key().equals("drill-overview-1")).findFirst().orElseThrow();
        assertThat(failed.title()).isEqualTo("crm/prod: drill failed");
        robot.clickOn(rowOf(robot, failed));
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("drills"));
        InWindow.waitUntil(() -> robot.lookup("#drill-detail-title").tryQuery().isPresent());
        javafx.scene.control.Label title = robot.lookup("#drill-detail-title").queryAs(javafx.scene.control.Label.class);
        InWindow.waitUntil(() -> "crm restore on crm/prod".equals(title.getText()));
        robot.clickOn("#drill-detail-back");
        TableView<DrillSummary> table = robot.lookup("#drill-table").queryTableView();
        InWindow.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().runId()).as("Back shows the list with that run selected").isEqualTo("drill-overview-1");
    }

    @Test
    void aComplianceItemOpensTheHeatMapWithThatSystemsDayOpen(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        AttentionItem gap = screen.model().items(AttentionSection.COMPLIANCE).get(screen.model().items(AttentionSection.COMPLIANCE).size() - 1);
        robot.clickOn(rowOf(robot, gap));
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("compliance"));
        ComplianceScreen compliance = (ComplianceScreen) console.main().currentScreen();
        InWindow.waitUntil(() -> robot.lookup("#day-detail").tryQuery().isPresent());
        javafx.scene.control.DialogPane detail = robot.lookup("#day-detail").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(detail.getHeaderText()).startsWith(gap.link().target() + " — ");
        MatrixHeatMapData data = (MatrixHeatMapData) compliance.heatMap().canvas().dataProperty().get();
        int row = data.rowOf(gap.link().target());
        assertThat(compliance.heatMap().canvas().firstRow()).isEqualTo(Math.min(row, Math.max(0, data.rowCount()
                - compliance.heatMap().canvas().visibleRows())));
        robot.interact(() -> ((javafx.stage.Stage) detail.getScene().getWindow()).close());
    }

    @Test
    void theMoreLinkOfASectionOpensTheScreenListingAllOfIt(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        assertThat(screen.model().moreProperty(AttentionSection.COMPLIANCE).get()).as("the demo has more compliance items than shown").isPositive();
        robot.clickOn((Node) robot.lookup("#overview-compliance .overview-more").query());
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("compliance"));
        robot.clickOn("#nav-overview");
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("overview"));
        assertThat(robot.lookup("#overview-trend-summary").queryAs(Label.class).getText()).contains("in the last 91 days");
        assertThat(robot.lookup("#overview-gaps").lookup(".overview-none").tryQuery().isPresent())
                .as("a section with nothing says so").isEqualTo(screen.model().items(AttentionSection.GAPS).isEmpty());
    }

    @Test
    void aFreezeInForceOpensTheCalendarOnToday(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        AttentionItem freeze = item(screen, AttentionSection.FREEZES, AttentionLink.Kind.FREEZE);
        assertThat(freeze.title()).isEqualTo("Freeze in force: Card network freeze");
        assertThat(freeze.detail()).isEqualTo("prod · Card network change");
        Node row = rowOf(robot, freeze);
        InWindow.scrollIntoView(robot, row);
        robot.clickOn(row);
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("calendar"));
        CalendarScreen calendar = (CalendarScreen) console.main().currentScreen();
        InWindow.waitUntil(() -> calendar.calendarView().getDate().equals(java.time.LocalDate.now()));
    }

    @Test
    void anOverdueDrillOpensTheWizardWithThatSystemChosenOnScreen(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        AttentionItem due = item(screen, AttentionSection.DRILLS, AttentionLink.Kind.DRILL_DUE);
        robot.clickOn(rowOf(robot, due));
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("drills"));
        InWindow.waitUntil(() -> robot.lookup("#wizard-targets").tryQuery().isPresent());
        TableView<io.drillbook.ui.drill.DrillTargetRow> targets = robot.lookup("#wizard-targets").queryTableView();
        InWindow.waitUntil(() -> targets.getSelectionModel().getSelectedItem() != null);
        assertThat(targets.getSelectionModel().getSelectedItem().target()).as("the overdue system is chosen where the user sees it")
                .isEqualTo(due.link().target());
    }

    @Test
    void aGapPastDueOpensTheGapRegister(FxRobot robot) throws Exception {
        OverviewScreen screen = overview();
        AttentionItem gap = item(screen, AttentionSection.GAPS, AttentionLink.Kind.GAP);
        assertThat(gap.detail()).startsWith("owner ").contains("days ago");
        robot.clickOn(rowOf(robot, gap));
        InWindow.waitUntil(() -> console.main().currentScreen().id().equals("evidence"));
        javafx.scene.control.TabPane tabs = robot.from(window.getScene().getRoot()).lookup(".tab-pane")
                .match(n -> ((javafx.scene.control.TabPane) n).getTabs().stream().anyMatch(t -> "gaps-tab".equals(t.getId())))
                .queryAs(javafx.scene.control.TabPane.class);
        InWindow.waitUntil(() -> "gaps-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
