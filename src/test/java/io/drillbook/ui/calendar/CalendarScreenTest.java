package io.drillbook.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.EntryViewBase;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.drillbook.ui.calendar.CalendarWorld.berlin;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar screen headless (Monocle): the release manager's Monday, with a real H2 demo workspace. */
@ExtendWith(ApplicationExtension.class)
class CalendarScreenTest {
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    static Path dir;
    CalendarWorld world;
    FxTaskRunner runner;
    CalendarScreen screen;

    @Start
    void start(Stage stage) {
        world = new CalendarWorld(dir.resolve("ws-" + System.nanoTime()));
        runner = new FxTaskRunner();
        screen = CalendarScreen.create(world.services, runner, CalendarWorld.BERLIN);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1200, 760);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        screen.calendarView().setDate(WEDNESDAY);
        screen.refresh();
    }

    @AfterEach
    void close() {
        runner.close();
        world.close();
    }

    private Optional<EntryViewBase<?>> entryView(FxRobot robot, String releaseId) {
        return robot.lookup(".release").queryAll().stream()
                .filter(n -> n instanceof EntryViewBase<?> v && v.getEntry().getUserObject() instanceof CalendarItem i
                        && i.id().equals(releaseId) && v.isVisible())
                .<EntryViewBase<?>>map(n -> (EntryViewBase<?>) n).findFirst();
    }

    private void waitUntil(FxRobot robot, String releaseId, Predicate<EntryViewBase<?>> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return entryView(robot, releaseId).filter(condition).isPresent();
        });
    }

    private static boolean badged(EntryViewBase<?> v) {
        return v.getStyleClass().contains("conflict");
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    private void createOvernightRelease(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-new-release");
        type(robot, "release-id", "REL-2000");
        type(robot, "release-title", "shop-api 5.0");
        type(robot, "release-systems", "shop");
        type(robot, "release-environments", "prod");
        type(robot, "release-start", "2026-12-02 01:30");
        type(robot, "release-end", "2026-12-02 02:30");
        robot.clickOn("#release-save");
        waitUntil(robot, "REL-2000", CalendarScreenTest::badged);
    }

    @Test
    void releaseCreatedInTheFormOverTheNightlyShopBackupShowsAConflictBadge(FxRobot robot) throws Exception {
        createOvernightRelease(robot);
        EntryViewBase<?> view = entryView(robot, "REL-2000").orElseThrow();
        CalendarItem item = (CalendarItem) view.getEntry().getUserObject();
        assertThat(item.title()).startsWith(CalendarItems.CONFLICT_BADGE);
        assertThat(ConflictTooltips.textOf(item)).contains("overlaps backup window 'Nightly shop backup' of shop/prod");
        assertThat(world.ctx.platform().workspaceRepository().release("REL-2000")).isPresent();
    }

    @Test
    void formRefusesToSaveWhileItHasProblems(FxRobot robot) {
        robot.clickOn("#calendar-new-release");
        type(robot, "release-id", "REL 2001");
        type(robot, "release-systems", "nosuchsystem");
        assertThat(robot.lookup("#release-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#release-problems").queryLabeled().getText())
                .contains("Id: letters, digits").contains("'nosuchsystem' is not a known system");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void freeSlotActionMovesTheReleaseOutOfTheWindowClearingTheBadgeAndUndoBringsItBack(FxRobot robot) throws Exception {
        createOvernightRelease(robot);
        robot.interact(() -> screen.calendarView().getSelections().add(entryView(robot, "REL-2000").orElseThrow().getEntry()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#readiness-find-slot").query().isDisabled());
        robot.clickOn("#readiness-find-slot");
        ListView<?> slots = robot.lookup("#readiness-slots").queryListView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !slots.getItems().isEmpty());
        robot.interact(() -> slots.getSelectionModel().select(0));
        robot.clickOn("#readiness-move-to-slot");
        waitUntil(robot, "REL-2000", v -> !badged(v));
        // first free slot: after the backup window (03:00) and after REL-1042 (01:30-03:30) on shop/prod
        assertThat(world.ctx.platform().workspaceRepository().release("REL-2000").orElseThrow().start()).isEqualTo(berlin(WEDNESDAY, 3, 30));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(robot, "REL-2000", CalendarScreenTest::badged);
        assertThat(world.ctx.platform().workspaceRepository().release("REL-2000").orElseThrow().start()).isEqualTo(berlin(WEDNESDAY, 1, 30));
    }

    /**
     * CalendarFX applies a drag by setting the entry's interval on drop; that is what this test does
     * (the mouse drag itself is not driven under Monocle). Into the backup window: refused, snaps back.
     */
    @Test
    void dropIntoABackupWindowIsRefusedAndADropIntoFreeTimeClearsTheBadge(FxRobot robot) throws Exception {
        waitUntil(robot, "REL-1042", CalendarScreenTest::badged);
        Entry<?> entry = entryView(robot, "REL-1042").orElseThrow().getEntry();
        robot.interact(() -> entry.setInterval(new Interval(berlin(WEDNESDAY, 2, 0), berlin(WEDNESDAY, 4, 0), CalendarWorld.BERLIN)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#calendar-message").queryLabeled().getText().startsWith("Move refused"));
        waitUntil(robot, "REL-1042", v -> v.getEntry().getStartAsZonedDateTime().toInstant().equals(berlin(WEDNESDAY, 1, 30)));
        Entry<?> again = entryView(robot, "REL-1042").orElseThrow().getEntry();
        robot.interact(() -> again.setInterval(new Interval(berlin(WEDNESDAY, 4, 0), berlin(WEDNESDAY, 6, 0), CalendarWorld.BERLIN)));
        waitUntil(robot, "REL-1042", v -> !badged(v) && v.getEntry().getStartAsZonedDateTime().toInstant().equals(berlin(WEDNESDAY, 4, 0)));
    }

    /** The release manager's Monday: she drags REL-1042 (01:30-03:30, over the 01:00-03:00 backup) to 04:00 with the mouse. */
    @Test
    void mouseDragOutOfTheBackupWindowIsSavedAndClearsTheBadge(FxRobot robot) throws Exception {
        waitUntil(robot, "REL-1042", v -> badged(v) && v.getHeight() > 0);
        robot.interact(() -> screen.calendarView().showDateTime(WEDNESDAY.atTime(0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        EntryViewBase<?> view = entryView(robot, "REL-1042").orElseThrow();
        double pixelsPerHour = view.getHeight() / 2;
        robot.drag(view).moveBy(0, pixelsPerHour).moveBy(0, pixelsPerHour * 1.5).drop();
        waitUntil(robot, "REL-1042", v -> !badged(v));
        java.time.Instant start = world.ctx.platform().workspaceRepository().release("REL-1042").orElseThrow().start();
        assertThat(start).isBetween(berlin(WEDNESDAY, 3, 30), berlin(WEDNESDAY, 4, 30));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(robot, "REL-1042", CalendarScreenTest::badged);
    }

    @Test
    void lettersSwitchViewsAndTodayButNotWhileTypingInSearch(FxRobot robot) {
        robot.clickOn("#calendar-today");
        robot.press(KeyCode.M).release(KeyCode.M);
        assertThat(screen.calendarView().getSelectedPage()).isEqualTo(CalendarView.Page.MONTH);
        robot.press(KeyCode.D).release(KeyCode.D);
        assertThat(screen.calendarView().getSelectedPage()).isEqualTo(CalendarView.Page.DAY);
        robot.press(KeyCode.A).release(KeyCode.A);
        assertThat(robot.lookup("#calendar-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.press(KeyCode.W).release(KeyCode.W);
        assertThat(screen.calendarView().getSelectedPage()).isEqualTo(CalendarView.Page.WEEK);
        robot.clickOn("#calendar-search").write("dm");
        assertThat(screen.calendarView().getSelectedPage()).isEqualTo(CalendarView.Page.WEEK);
        assertThat(screen.model().searchProperty().get()).isEqualTo("dm");
    }
}
