package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.ui.common.Theme;
import io.drillbook.ui.shell.MainWindow;
import io.drillbook.ui.shell.WindowStateStore;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The console as a new user meets it: the demo workspace on every screen, themes, shortcuts. */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {
    @TempDir
    static Path dataDir;

    DemoConsole console;
    AppContext ctx;
    WindowStateStore state;
    MainWindow main;

    @Start
    void start(Stage stage) {
        console = DemoConsole.open(stage, dataDir, "tester", Clock.systemUTC());
        stage.setWidth(1260);
        stage.setHeight(780);
        ctx = console.ctx();
        state = console.state();
        main = console.main();
    }

    @AfterEach
    void close() {
        console.close();
    }

    private <T> TableView<T> tableFilled(FxRobot robot, String id) throws Exception {
        TableView<T> table = robot.lookup("#" + id).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void opensOnTheOverviewAndTheCalendarHasTheDemoReleases(FxRobot robot) throws Exception {
        assertThat(main.currentScreen().id()).isEqualTo("overview");
        robot.clickOn("#nav-calendar");
        TableView<?> agenda = tableFilled(robot, "release-agenda");
        assertThat(agenda.getItems()).hasSizeGreaterThan(5);
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).startsWith("jdbc:h2:file:");
    }

    @Test
    void everyScreenCanBeReachedFromTheNavigation(FxRobot robot) throws Exception {
        for (String id : new String[] {"compliance", "drills", "playbooks", "evidence", "settings", "calendar", "overview"}) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.currentScreen().id()).isEqualTo(id);
        }
        robot.clickOn("#nav-compliance");
        Label summary = robot.lookup("#compliance-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("system/environment pairs"));
        robot.clickOn("#nav-playbooks");
        assertThat(tableFilled(robot, "playbook-list").getItems()).hasSize(1);
    }

    @Test
    void keyboardShortcutsNavigate(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.currentScreen().id()).isEqualTo("evidence");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.currentScreen().id()).isEqualTo("compliance");
    }

    @Test
    void themeSwitchesToDarkAndIsRemembered(FxRobot robot) throws Exception {
        assertThat(main.getScene().getRoot().getStyleClass()).contains("light");
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getScene().getRoot().getStyleClass()).contains("dark").doesNotContain("light");
        state.save();
        assertThat(Files.readString(ctx.platform().config().dataDir().resolve("console.properties"))).contains("theme=dark");
        assertThat(new WindowStateStore(ctx.platform().config().dataDir().resolve("console.properties")).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void changesFromAnotherConsoleRefreshTheScreenWithANotice(FxRobot robot) throws Exception {
        robot.clickOn("#nav-calendar");
        tableFilled(robot, "release-agenda");
        try (AppContext other = new AppContext(new AppConfig(ctx.platform().config().dataDir(), null, "bob"), Clock.systemUTC())) {
            var release = other.platform().workspaceRepository().release("REL-1043").orElseThrow();
            other.calendar().workspaceService().saveRelease(new io.drillbook.core.model.Release(release.id(), "payments fee rounding fix v2",
                    release.systems(), release.environments(), release.start(), release.end(), release.risk(), release.cab(),
                    release.status(), release.version()));
        }
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> notice.getText().contains("changed by bob"));
        assertThat(notice.getText()).contains("release.changed", "REL-1043");
        TableView<io.drillbook.core.model.Release> agenda = robot.lookup("#release-agenda").queryTableView();
        // Read the items on the JavaFX thread, which is the one that replaces them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> agenda.getItems().stream().anyMatch(r -> r.title().equals("payments fee rounding fix v2"))).get());
    }

    @Test
    void evidenceScreenShowsTheSeedEventsAndAnIntactChain(FxRobot robot) throws Exception {
        robot.clickOn("#nav-evidence");
        assertThat(tableFilled(robot, "evidence-table").getItems()).isNotEmpty();
        robot.clickOn("#verify-chain");
        Label status = robot.lookup("#chain-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Chain intact"));
        assertThat(status.getText()).contains("events");
    }
}
