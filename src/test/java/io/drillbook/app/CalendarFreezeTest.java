package io.drillbook.app;

import com.calendarfx.model.Calendar;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.LockResources;
import io.drillbook.ui.calendar.CalendarKind;
import io.drillbook.ui.calendar.CalendarScreen;
import javafx.scene.Node;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incident mode on the calendar: a run's active-recovery freeze appears there as the run starts and
 * goes as it ends, without anyone pressing refresh or leaving the screen.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarFreezeTest {
    static final String PLAYBOOK = "hold until released";

    @TempDir
    static Path dataDir;

    DemoConsole console;
    Stage window;
    Path go;

    @Start
    void start(Stage stage) throws Exception {
        window = stage;
        console = DemoConsole.open(stage, dataDir, "alice", DemoPlaybookTest.MID_YEAR);
        go = console.ctx().platform().config().dataDir().resolve("go");
        console.ctx().playbooks().playbookLibrary().importText("""
                playbook: %s
                description: Holds the run (and its freeze) until the test creates the go file.
                system: shop
                environment: staging
                parameters:
                  - name: go
                    type: string
                    default: %s
                steps:
                  - name: Wait for the go file
                    run:
                      profile: local
                      command: while [ ! -e ${param.go} ]; do sleep 0.05; done; echo released
                      expectOutput: released
                """.formatted(PLAYBOOK, go), "test");
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

    private CalendarScreen calendar() {
        return (CalendarScreen) console.main().screen("calendar").orElseThrow();
    }

    /** The active-recovery entries the calendar's CalendarFX view holds (read on the JavaFX thread). */
    private List<String> recoveryEntries() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            Calendar<?> recoveries = calendar().calendarView().getCalendarSources().get(0).getCalendars().stream()
                    .filter(c -> c.getName().equals(CalendarKind.RECOVERY.title())).findFirst().orElseThrow();
            LocalDate today = LocalDate.ofInstant(console.ctx().platform().clock().instant(), ZoneOffset.UTC);
            return recoveries.findEntries(today.minusDays(7), today.plusDays(7), ZoneOffset.UTC).values().stream()
                    .flatMap(List::stream).map(e -> e.getTitle()).distinct().toList();
        }).get();
    }

    private boolean calendarLoaded() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> !calendar().model().visibleItems().isEmpty()).get();
    }

    @Test
    void recoveryFreezeAppearsOnTheCalendarWhenARunStartsAndGoesWhenItEndsWithoutARefresh(FxRobot robot) throws Exception {
        InWindow.click(robot, window, "nav-calendar");
        waitUntil(this::calendarLoaded);
        assertThat(recoveryEntries()).isEmpty();

        InWindow.click(robot, window, "nav-playbooks");
        TableView<?> list = (TableView<?>) node(robot, "playbook-list");
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> list.getItems().size()).get() == 2);
        robot.clickOn((Node) robot.from(list).lookup(PLAYBOOK).query());
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-start").tryQuery().isPresent());
        InWindow.click(robot, window, "pb-start");
        waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#pb-primary").tryQuery().isPresent());

        waitUntil(() -> recoveryEntries().size() == 1);
        assertThat(recoveryEntries()).singleElement().asString().startsWith("Active recovery: " + PLAYBOOK + " run pb-");
        assertThat(console.main().currentScreen().id()).as("the calendar was not shown, so not refreshed by showing it")
                .isEqualTo("playbooks");

        InWindow.click(robot, window, "pb-primary");
        InWindow.click(robot, window, "nav-calendar");
        assertThat(recoveryEntries()).hasSize(1);

        Files.createFile(go);

        waitUntil(() -> recoveryEntries().isEmpty());
        assertThat(console.main().currentScreen().id()).isEqualTo("calendar");
        assertThat(console.ctx().platform().workspaceRepository().freezes()).noneMatch(f -> f.activeRecovery());
        String lock = LockResources.playbookRun(new SystemEnv("shop", "staging"));
        waitUntil(() -> {
            try {
                console.ctx().platform().runLocks().acquire(lock, "bob");
                return true;
            } catch (io.drillbook.core.team.RunLockedException held) {
                return false;
            }
        });
        console.ctx().platform().runLocks().release(lock);
    }
}
