package io.drillbook.ui.calendar;

import com.calendarfx.view.CalendarView;
import io.drillbook.core.model.Release;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.common.Theme;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The calendar screen: CalendarFX day/week/month views and the release agenda as tabs, filters and
 * search above, the readiness panel of the selected release on the right, messages below.
 */
public final class CalendarScreen implements Screen {
    private final CalendarViewModel model;
    private final ReadinessViewModel readiness;
    private final CalendarFilesViewModel files;
    private final ReleaseAgendaScreen agenda;
    private final ZoneId zone;
    private final CalendarView calendarView = new CalendarView();
    private final TabPane tabs = new TabPane();
    private CalendarFilterBar filterBar;
    private Node view;

    public CalendarScreen(CalendarViewModel model, ReadinessViewModel readiness, CalendarFilesViewModel files,
                          ReleaseAgendaViewModel agenda, ZoneId zone) {
        this.model = model;
        this.readiness = readiness;
        this.files = files;
        this.agenda = new ReleaseAgendaScreen(agenda, zone);
        this.zone = zone;
        model.commands().useZone(zone);
    }

    /** The screen with its view-models, from the composition root's services. */
    public static CalendarScreen create(CalendarServices services, TaskRunner runner, ZoneId zone) {
        CalendarViewModel model = new CalendarViewModel(services, runner);
        return new CalendarScreen(model, new ReadinessViewModel(model, runner), new CalendarFilesViewModel(model, runner),
                new ReleaseAgendaViewModel(services.workspace(), services.clock(), runner), zone);
    }

    @Override
    public String id() {
        return "calendar";
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public String icon() {
        return "fth-calendar";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        configureCalendarView();
        CalendarFxBridge bridge = new CalendarFxBridge(model, calendarView, zone);
        bridge.onCreateAt(t -> openReleaseForm(null, t.toInstant()));
        bridge.onOpen(this::open);
        tabs.setId("calendar-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(new Tab("Calendar", calendarView), new Tab("Agenda", agenda.view()));
        ReadinessPanel panel = new ReadinessPanel(readiness, zone);
        SplitPane split = new SplitPane(tabs, panel);
        SplitPane.setResizableWithParent(panel, false);
        split.setDividerPositions(0.73);
        VBox.setVgrow(split, Priority.ALWAYS);
        filterBar = new CalendarFilterBar(model, calendarView::goToday);
        Label message = new Label();
        message.setId("calendar-message");
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, filterBar, split, message);
        model.commands().concurrentEditProperty().addListener((o, old, edit) -> showConcurrentEdit(edit));
        Node screen = ScreenLayout.of("Calendar", content, actions());
        CalendarKeys.install(screen, keyActions());
        return screen;
    }

    private void configureCalendarView() {
        // CalendarFX adds calendar.css to the control itself, which outranks scene stylesheets;
        // ours goes after it on the same control so the per-kind entry colours win.
        calendarView.getStylesheets().add(Theme.APP_CSS);
        calendarView.setId("calendar-view");
        calendarView.setZoneId(zone);
        calendarView.setShowAddCalendarButton(false);
        calendarView.setShowPrintButton(false);
        calendarView.setShowSearchField(false);
        calendarView.setShowSourceTrayButton(false);
        calendarView.setShowDeveloperConsole(false);
        calendarView.getAvailablePages().remove(CalendarView.Page.YEAR);
        // The day page's own agenda list is too narrow beside the readiness panel; the Agenda tab lists entries instead.
        calendarView.getDayPage().setDayPageLayout(com.calendarfx.view.page.DayPage.DayPageLayout.DAY_ONLY);
        calendarView.getDayPage().setShowDayPageLayoutControls(false);
        calendarView.setToday(model.services().clock().instant().atZone(zone).toLocalDate());
        calendarView.setDate(calendarView.getToday());
        calendarView.showWeekPage();
    }

    private Node[] actions() {
        Button newRelease = new Button("New release");
        newRelease.setId("calendar-new-release");
        newRelease.setOnAction(e -> openReleaseForm(null, model.services().clock().instant()));
        MenuButton newEntry = new MenuButton("New entry");
        newEntry.setId("calendar-new-entry");
        for (RecurringEntryFormViewModel.Kind kind : RecurringEntryFormViewModel.Kind.values()) {
            MenuItem item = new MenuItem(kind.title() + "…");
            item.setOnAction(e -> openEntryForm(kind, null));
            newEntry.getItems().add(item);
        }
        Button undo = new Button("Undo");
        undo.setId("calendar-undo");
        undo.disableProperty().bind(model.commands().canUndoProperty().not());
        undo.setOnAction(e -> model.commands().undo());
        return new Node[] {newRelease, newEntry, undo, new CalendarFileMenu(files, () -> view.getScene().getWindow())};
    }

    private void open(CalendarItem item) {
        switch (item.kind()) {
            case RELEASE -> openReleaseForm((Release) item.source(), null);
            case BACKUP_WINDOW -> openEntryForm(RecurringEntryFormViewModel.Kind.BACKUP_WINDOW, item.source());
            case CAB_MEETING -> openEntryForm(RecurringEntryFormViewModel.Kind.CAB_MEETING, item.source());
            case FREEZE, RECOVERY -> openEntryForm(RecurringEntryFormViewModel.Kind.FREEZE, item.source());
        }
    }

    /** Opens the release form for {@code release}, or for a new one starting at {@code start}. */
    public void openReleaseForm(Release release, Instant start) {
        Set<String> systems = new HashSet<>(model.systems());
        systems.remove(CalendarViewModel.ALL);
        ReleaseFormViewModel form = new ReleaseFormViewModel(release, start, systems, zone);
        ReleaseFormDialog dialog = new ReleaseFormDialog(form);
        dialog.initOwner(view.getScene().getWindow());
        dialog.showAndWait().ifPresent(r -> model.commands().save(r, form.isNew()));
    }

    private void openEntryForm(RecurringEntryFormViewModel.Kind kind, Object existing) {
        RecurringEntryFormViewModel form = new RecurringEntryFormViewModel(kind, existing, model.services().clock());
        RecurringEntryDialog dialog = new RecurringEntryDialog(form);
        dialog.initOwner(view.getScene().getWindow());
        dialog.showAndWait().ifPresent(entry -> files.saveEntry(entry, form.name()));
    }

    private void showConcurrentEdit(ConcurrentEdit edit) {
        if (edit == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(view.getScene().getWindow());
        alert.setHeaderText(edit.mine().id() + " was changed by someone else; your change was not saved");
        alert.setContentText("Yours:\n" + ReleaseText.of(edit.mine(), zone) + "\n\nStored now (version " + edit.theirs().version()
                + "):\n" + ReleaseText.of(edit.theirs(), zone) + "\n\nOpen it again to edit the stored version.");
        alert.show();
        model.commands().concurrentEditProperty().set(null);
    }

    private CalendarKeys.Actions keyActions() {
        return new CalendarKeys.Actions() {
            public void today() { calendarView.goToday(); }
            public void dayView() { showPage(CalendarView.Page.DAY); }
            public void weekView() { showPage(CalendarView.Page.WEEK); }
            public void monthView() { showPage(CalendarView.Page.MONTH); }
            public void agenda() { tabs.getSelectionModel().select(1); }
            public void newRelease() { openReleaseForm(null, model.services().clock().instant()); }
            public void undo() { model.commands().undo(); }
            public void focusSearch() { filterBar.focusSearch(); }
            public void back() { calendarView.getSelectedPageView().goBack(); }
            public void forward() { calendarView.getSelectedPageView().goForward(); }
        };
    }

    /** Switches to a CalendarFX page (and the calendar tab). */
    public void showPage(CalendarView.Page page) {
        tabs.getSelectionModel().select(0);
        switch (page) {
            case DAY -> calendarView.showDayPage();
            case MONTH -> calendarView.showMonthPage();
            default -> calendarView.showWeekPage();
        }
    }

    /** The CalendarFX control, for tests and benchmarks. */
    public CalendarView calendarView() {
        return calendarView;
    }

    public CalendarViewModel model() {
        return model;
    }

    @Override
    public void refresh() {
        model.refresh();
        agenda.refresh();
    }

    /**
     * Freezes changed in this console (a playbook run started or ended, so its active-recovery
     * freeze came or went): reloads the range on show at once, whether or not the screen is shown.
     */
    public void freezesChanged() {
        model.refresh();
    }

    /** Shows the week of {@code at} and selects release {@code releaseId} once its range is loaded (the overview's links). */
    public void reveal(String releaseId, Instant at) {
        view();
        showPage(CalendarView.Page.WEEK);
        if (at != null) {
            calendarView.setDate(at.atZone(zone).toLocalDate());
        }
        if (releaseId != null) {
            model.selectWhenLoaded(releaseId);
        }
    }
}
