package io.drillbook.ui.calendar;

import com.calendarfx.view.CalendarView;
import com.calendarfx.view.MonthEntryView;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar loads what each page shows whenever the page or date changes, and in the month view
 * a day's recurring backup windows do not crowd out its releases.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarRangeTest {
    /** REL-1042's day in the demo: the nightly backups and four WAL archive checks run on it too. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    static Path dir;
    Stage stage;
    CalendarWorld world;
    FxTaskRunner runner;
    CalendarScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Seeds the demo off the JavaFX thread, then shows the screen on the week of {@code day} at 1280×800. */
    private void open(FxRobot robot, LocalDate day) throws Exception {
        world = new CalendarWorld(dir.resolve("ws-" + System.nanoTime()));
        runner = new FxTaskRunner();
        robot.interact(() -> {
            screen = CalendarScreen.create(world.services, runner, CalendarWorld.BERLIN);
            Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1280, 800);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            screen.calendarView().setDate(day);
            screen.refresh();
        });
        settle();
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
            world.close();
        }
    }

    @Test
    void monthViewAfterTheWeekViewShowsEntriesInItsLastWeek(FxRobot robot) throws Exception {
        open(robot, WEDNESDAY);
        robot.interact(() -> screen.showPage(CalendarView.Page.MONTH));
        settle();
        LocalDate lastWeek = firstShown(WEDNESDAY).plusWeeks(5);
        assertThat(entriesOn(robot, lastWeek, lastWeek.plusDays(7))).as("entries in the month view's last week (from %s)", lastWeek)
                .isNotEmpty();
        robot.interact(() -> screen.calendarView().getSelectedPageView().goForward());
        settle();
        LocalDate nextLast = firstShown(WEDNESDAY.plusMonths(1)).plusWeeks(5);
        assertThat(entriesOn(robot, nextLast, nextLast.plusDays(7))).as("entries in the next month's last week (from %s)", nextLast)
                .isNotEmpty();
    }

    @Test
    void aDayWithFourBackupWindowsAndAReleaseShowsTheReleaseInTheMonthView(FxRobot robot) throws Exception {
        open(robot, WEDNESDAY);
        robot.interact(() -> screen.showPage(CalendarView.Page.MONTH));
        settle();
        long windows = WaitForAsyncUtils.asyncFx(() -> screen.model().visibleItems().stream()
                .filter(i -> i.kind() == CalendarKind.BACKUP_WINDOW
                        && i.start().atZone(CalendarWorld.BERLIN).toLocalDate().equals(WEDNESDAY)).count()).get();
        assertThat(windows).as("backup windows on %s", WEDNESDAY).isGreaterThanOrEqualTo(4);
        List<MonthEntryView> shown = entriesOn(robot, WEDNESDAY, WEDNESDAY.plusDays(1));
        assertThat(shown).extracting(v -> v.getEntry().getTitle()).anyMatch(t -> t.contains("REL-1042"))
                .anyMatch(t -> t.matches("\\d+ backup windows"));
    }

    /** The first day the month view of {@code day}'s month shows (weeks start on Monday in Berlin's locale or Sunday elsewhere). */
    private LocalDate firstShown(LocalDate day) throws Exception {
        DayOfWeek first = WaitForAsyncUtils.asyncFx(() -> screen.calendarView().getFirstDayOfWeek()).get();
        return day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(first));
    }

    /** Entry views shown (laid out, not hidden under "n more") on days {@code [from, to)} of the month view. */
    private List<MonthEntryView> entriesOn(FxRobot robot, LocalDate from, LocalDate to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return robot.from(screen.calendarView().getMonthPage()).lookup((Node n) -> n instanceof MonthEntryView).queryAll().stream()
                .filter(n -> n instanceof MonthEntryView v && shown(v))
                .map(n -> (MonthEntryView) n)
                .filter(v -> !day(v).isBefore(from) && day(v).isBefore(to))
                .toList();
        }).get();
    }

    private static boolean shown(MonthEntryView v) {
        return v.isVisible() && v.getScene() != null && v.getHeight() > 0 && !Boolean.TRUE.equals(v.getProperties().get("hidden"))
                && v.getEntry().getUserObject() != null;
    }

    private static LocalDate day(Node v) {
        return (LocalDate) v.getProperties().get("startDate");
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> runner.runningProperty().get() == 0).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
