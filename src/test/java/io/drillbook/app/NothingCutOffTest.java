package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.testing.TruncatedText;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1280×800, in the light and the dark theme, every screen of the navigation (read from the
 * sidebar, so screens added later are walked too), every tab in them, the calendar's day, week and
 * month pages, the drill wizard's pages up to the preflight, and the forms that open without
 * changing anything: no label, button, header or cell shows its text cut off with "…".
 * Calendar entries are exempt: a 30-minute slot cannot hold a title, which is on hover instead.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {
    @TempDir
    static Path dataDir;

    DemoConsole console;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** Seeds the demo workspace off the JavaFX thread (it takes seconds on a busy machine), then opens the console on it. */
    private void open(FxRobot robot) {
        Path dir = dataDir.resolve("ws-" + System.nanoTime());
        try (AppContext seed = new AppContext(new AppConfig(dir, null, "tester"), Clock.systemUTC())) {
            seed.seedDemoIfEmpty();
        }
        robot.interact(() -> console = DemoConsole.openExisting(stage, dir, "tester", Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void nothingIsCutOffInTheLightTheme(FxRobot robot) throws Exception {
        open(robot);
        List<String> cuts = walkEverything(robot);
        cuts.forEach(c -> System.out.println("CUT " + c));
        assertThat(cuts).isEmpty();
    }

    @Test
    void nothingIsCutOffInTheDarkTheme(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#theme-toggle");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(walkEverything(robot)).isEmpty();
    }

    private List<String> walkEverything(FxRobot robot) throws Exception {
        List<String> cuts = new ArrayList<>();
        List<String> screens = navigation(robot);
        assertThat(screens).as("screens in the navigation").hasSizeGreaterThanOrEqualTo(6);
        for (String navId : screens) {
            robot.interact(() -> ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#" + navId)).fire());
            settle();
            String screen = navId.substring("nav-".length());
            cuts.addAll(walkTabs(robot, screen));
            if (screen.equals("calendar")) {
                cuts.addAll(walkCalendar(robot));
            }
            if (screen.equals("drills")) {
                cuts.addAll(walkWizard(robot));
            }
        }
        return cuts;
    }

    private List<String> navigation(FxRobot robot) {
        return robot.lookup(".sidebar .toggle-button").queryAll().stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("nav-")).toList();
    }

    /** The screen as shown, then each further tab of every tab pane on it. */
    private List<String> walkTabs(FxRobot robot, String screen) throws Exception {
        List<String> cuts = new ArrayList<>(cutsIn(stage, screen));
        for (Node n : robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAll()) {
            TabPane tabs = (TabPane) n;
            if (tabs.getScene() == null || !tabs.isVisible()) {
                continue;
            }
            for (int i = 1; i < tabs.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                settle();
                cuts.addAll(cutsIn(stage, screen + " / " + tabs.getTabs().get(i).getText()));
            }
            robot.interact(() -> tabs.getSelectionModel().select(0));
            settle();
        }
        return cuts;
    }

    private List<String> walkCalendar(FxRobot robot) throws Exception {
        List<String> cuts = new ArrayList<>();
        var screen = (io.drillbook.ui.calendar.CalendarScreen) console.main().screen("calendar").orElseThrow();
        for (var page : List.of(com.calendarfx.view.CalendarView.Page.DAY, com.calendarfx.view.CalendarView.Page.MONTH,
                com.calendarfx.view.CalendarView.Page.WEEK)) {
            robot.interact(() -> screen.showPage(page));
            settle();
            cuts.addAll(cutsIn(stage, "calendar " + page.name().toLowerCase()));
        }
        cuts.addAll(dialogFrom(robot, "calendar: new release", () -> ((Button) stage.getScene().lookup("#calendar-new-release")).fire()));
        MenuButton newEntry = (MenuButton) stage.getScene().lookup("#calendar-new-entry");
        for (MenuItem item : newEntry.getItems()) {
            cuts.addAll(dialogFrom(robot, "calendar: new " + item.getText(), item::fire));
        }
        return cuts;
    }

    /** The wizard's pages up to the preflight, choosing the first row each time; closed without running. */
    private List<String> walkWizard(FxRobot robot) throws Exception {
        List<String> cuts = new ArrayList<>();
        robot.interact(() -> ((Button) stage.getScene().lookup("#drill-new")).fire());
        Map<String, Predicate<Object>> choices = new LinkedHashMap<>();
        choices.put("wizard-targets", row -> ((io.drillbook.ui.drill.DrillTargetRow) row).target().equals(new io.drillbook.core.model.SystemEnv("payments", "prod")));
        choices.put("wizard-plans", plan -> ((io.drillbook.core.drill.StoredDrillPlan) plan).name().equals("demo: payments database restore"));
        choices.put("wizard-backups", backup -> true);
        for (var choice : choices.entrySet()) {
            Node node = stage.getScene().lookup("#" + choice.getKey());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> items(node).stream().anyMatch(choice.getValue())).get());
            settle();
            cuts.addAll(cutsIn(stage, "drill wizard " + choice.getKey()));
            robot.interact(() -> select(node, choice.getValue()));
            robot.interact(() -> ((Button) stage.getScene().lookup("#wizard-next")).fire());
        }
        settle();
        cuts.addAll(cutsIn(stage, "drill wizard preflight"));
        robot.interact(() -> ((Button) stage.getScene().lookup("#wizard-close")).fire());
        settle();
        return cuts;
    }

    private static List<?> items(Node node) {
        return node instanceof TableView<?> t ? t.getItems() : ((ListView<?>) node).getItems();
    }

    private static void select(Node node, Predicate<Object> which) {
        int index = items(node).indexOf(items(node).stream().filter(which).findFirst().orElseThrow());
        if (node instanceof TableView<?> t) {
            t.getSelectionModel().select(index);
        } else {
            ((ListView<?>) node).getSelectionModel().select(index);
        }
    }

    /** Opens a modal form with {@code open}, walks it, and cancels it. */
    private List<String> dialogFrom(FxRobot robot, String where, Runnable open) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        robot.interact(() -> javafx.application.Platform.runLater(open));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        settle();
        List<String> cuts = cutsIn(dialog, where);
        robot.interact(() -> cancel(dialog));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        return cuts;
    }

    private static void cancel(Window dialog) {
        if (dialog.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
                    ((Button) pane.lookupButton(type)).fire();
                    return;
                }
            }
        }
        dialog.hide();
    }

    private List<String> cutsIn(Window window, String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            return TruncatedText.in(window.getScene().getRoot(), where, CALENDAR_ENTRIES).stream().map(Object::toString).toList();
        }).get();
    }

    private static final Predicate<Node> CALENDAR_ENTRIES = n -> n instanceof com.calendarfx.view.EntryViewBase<?>;

    /** Background loads finished and their results on screen. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> console.runner().runningProperty().get() == 0).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
