package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.ComplianceCsv;
import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.ComplianceSummaries;
import io.drillbook.core.compliance.DayDetail;
import io.drillbook.core.compliance.DayDetailService;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.heatmap.HeatMapData;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The heat map's state: range, metric and row order; the matrix loaded off the JavaFX thread;
 * the data the canvas draws; and a one-line summary.
 */
public final class ComplianceViewModel {
    private final ComplianceService compliance;
    private final DayDetailService details;
    private final WorkspaceRepository workspace;
    private final Clock clock;
    private final ZoneId zone;
    private final TaskRunner runner;

    private final IntegerProperty days = new SimpleIntegerProperty(90);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<HeatMetric> metric = new SimpleObjectProperty<>(HeatMetric.RPO);
    private final ObjectProperty<RowOrder> order = new SimpleObjectProperty<>(RowOrder.SYSTEM);
    private final ObjectProperty<HeatMapData> data = new SimpleObjectProperty<>(HeatMapData.EMPTY);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private ComplianceMatrix matrix;
    private Map<String, ProtectedSystem> systems = Map.of();

    public ComplianceViewModel(ComplianceService compliance, DayDetailService details, WorkspaceRepository workspace,
                               Clock clock, ZoneId zone, TaskRunner runner) {
        this.compliance = compliance;
        this.details = details;
        this.workspace = workspace;
        this.clock = clock;
        this.zone = zone;
        this.runner = runner;
        metric.addListener(o -> rebuild());
        order.addListener(o -> rebuild());
        days.addListener(o -> {
            lastDays();
            load();
        });
        lastDays();
    }

    /** Shows the last {@code days} days, ending today. */
    private void lastDays() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        to.set(today);
        from.set(today.minusDays(days.get() - 1L));
    }

    /** Shows a custom range of days, both ends included; refused when it is empty or over five years. */
    public boolean showRange(LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first) || first.plusYears(5).isBefore(last)) {
            summary.set("Choose a first day on or before the last day, at most five years apart");
            return false;
        }
        from.set(first);
        to.set(last);
        load();
        return true;
    }

    public void load() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        loading.set(true);
        BackgroundTask.of(() -> new Loaded(compliance.matrix(first, last, zone),
                        workspace.systems().stream().collect(Collectors.toMap(ProtectedSystem::name, s -> s))))
                .titled("load compliance")
                .onSuccess(l -> {
                    matrix = l.matrix();
                    systems = l.systems();
                    loading.set(false);
                    rebuild();
                })
                .onFailure(e -> {
                    loading.set(false);
                    summary.set("Could not load compliance: " + e.getMessage());
                })
                .runWith(runner);
    }

    private record Loaded(ComplianceMatrix matrix, Map<String, ProtectedSystem> systems) {
    }

    private void rebuild() {
        if (matrix == null) {
            return;
        }
        data.set(new MatrixHeatMapData(matrix, metric.get(), RowSorting.order(matrix, order.get(), metric.get(), systems)));
        summary.set(summaryText());
    }

    private String summaryText() {
        Metric m = metric.get() == HeatMetric.WORST ? Metric.RPO : toMetric(metric.get());
        Map<String, Integer> perQuarter = ComplianceSummaries.breachDaysPerQuarter(matrix, m);
        long breachToday = RowSorting.breachingOnLastDay(matrix, metric.get());
        return matrix.rows().size() + " system/environment pairs · " + breachToday + " in breach today · breach days per quarter ("
                + (metric.get() == HeatMetric.WORST ? "RPO" : metric.get()) + "): "
                + (perQuarter.isEmpty() ? "none" : perQuarter.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    }

    private static Metric toMetric(HeatMetric h) {
        return Metric.valueOf(h.name());
    }

    /** Loads the detail of one displayed cell and hands it to {@code show}. */
    public void openDay(int row, int day, Consumer<DayDetail> show) {
        if (!(data.get() instanceof MatrixHeatMapData d)) {
            return;
        }
        var target = d.target(row);
        LocalDate date = d.firstDay().plusDays(day);
        BackgroundTask.of(() -> details.of(target, date, zone)).titled("load day detail").onSuccess(show).runWith(runner);
    }

    public void exportCsv(Path file) throws java.io.IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ComplianceCsv.write(matrix, w);
        }
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<HeatMetric> metricProperty() {
        return metric;
    }

    public ObjectProperty<RowOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<HeatMapData> dataProperty() {
        return data;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ZoneId zone() {
        return zone;
    }
}
