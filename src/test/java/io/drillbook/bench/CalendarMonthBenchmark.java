package io.drillbook.bench;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.ui.calendar.CalendarScreen;
import io.drillbook.ui.calendar.CalendarServices;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.Theme;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.drillbook.bench.HeatMapFrameBenchmark.onFx;
import static io.drillbook.bench.HeatMapFrameBenchmark.startToolkit;

/**
 * The calendar's month view with 2,000 releases in the shown month, from the H2 store: read the
 * range, detect conflicts, expand recurring entries, build the CalendarFX entries, lay out and
 * render one frame. Baseline: the same 2,000 releases read from the same store into a plain
 * TableView (the old agenda), laid out and rendered, in the same run.
 */
public final class CalendarMonthBenchmark implements Benchmark {
    static final int RELEASES = 2000;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate MONTH = LocalDate.of(2027, 3, 1);

    @Override
    public String name() {
        return "calendar-month";
    }

    @Override
    public String description() {
        return "month view, 2,000 releases: load + layout + one frame, 1280x800, vs the same releases in a TableView";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        startToolkit();
        Path dir = Files.createTempDirectory("drillbook-bench-calendar");
        Instant now = MONTH.minusDays(10).atStartOfDay(ZONE).toInstant();
        try (AppContext ctx = new AppContext(new AppConfig(dir, null, "bench"), Clock.fixed(now, ZoneOffset.UTC))) {
            ctx.seedDemoIfEmpty();
            ctx.platform().workspaceRepository().merge(new Workspace(List.of(), List.of(), List.of(), List.of(), List.of(), releases()));
            CalendarServices services = new CalendarServices(ctx.platform().workspaceRepository(), ctx.calendar().workspaceService(), ctx.platform().evidenceLog(),
                    ctx.calendar().recurrenceExpander(), ctx.calendar().conflictDetector(), ctx.calendar().gateService(), ctx.calendar().icsImporter(), ctx.calendar().icsExporter(), ctx.calendar().csvImporter(), ctx.platform().clock());
            double[] r = onFx(() -> measure(ctx, services));
            report.note((int) r[2] + " calendar entries in the loaded range (releases plus expanded windows, meetings, freezes)");
            report.compare("month view: load + layout + frame", r[0], "TableView of the releases", r[1], "ms");
        }
    }

    private double[] measure(AppContext ctx, CalendarServices services) throws Exception {
        CalendarScreen screen = CalendarScreen.create(services, new CurrentThreadTaskRunner(), ZONE);
        Scene scene = show((Parent) screen.view());
        screen.showPage(com.calendarfx.view.CalendarView.Page.MONTH);
        screen.calendarView().setDate(MONTH.plusDays(14));
        Instant from = MONTH.minusDays(7).atStartOfDay(ZONE).toInstant();
        Instant to = MONTH.plusMonths(1).plusDays(14).atStartOfDay(ZONE).toInstant();
        screen.model().showRange(from, to);
        double ours = Timing.medianMillis(3, 11, () -> {
            screen.model().refresh();
            return frame(scene);
        });
        int entries = screen.model().visibleItems().size();
        scene.getWindow().hide();
        TableView<Release> table = ScreenLayout.table("bench-table", null);
        table.getColumns().add(ScreenLayout.column("Release", 110, Release::id));
        table.getColumns().add(ScreenLayout.column("Title", 260, Release::title));
        table.getColumns().add(ScreenLayout.column("Window", 230, x -> Formats.dateTime(x.start(), ZONE)));
        table.getColumns().add(ScreenLayout.column("Risk", 90, x -> x.risk().name()));
        Scene tableScene = show(table);
        double baseline = Timing.medianMillis(3, 11, () -> {
            table.getItems().setAll(ctx.platform().workspaceRepository().releasesBetween(from, to));
            return frame(tableScene);
        });
        tableScene.getWindow().hide();
        return new double[] {ours, baseline, entries};
    }

    private static Scene show(Parent root) {
        Stage stage = new Stage();
        Scene scene = new Scene(root, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    private static Object frame(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene.snapshot(null);
    }

    private static List<Release> releases() {
        Random random = new Random(7);
        String[] systems = {"shop", "payments", "auth", "inventory", "catalog", "search", "crm", "billing", "files", "mail"};
        List<Release> out = new ArrayList<>();
        for (int i = 0; i < RELEASES; i++) {
            Instant start = MONTH.plusDays(random.nextInt(31)).atTime(random.nextInt(23), 15 * random.nextInt(4)).atZone(ZONE).toInstant();
            out.add(new Release("BENCH-" + i, "bench change " + i, List.of(systems[i % systems.length]), List.of("prod"),
                    start, start.plusSeconds(3600L * (1 + random.nextInt(3))), RiskClass.STANDARD, null, null, 0));
        }
        return out;
    }
}
