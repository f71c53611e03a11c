package io.drillbook.ui.overview;

import io.drillbook.core.overview.QuarterTrend;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The last quarter: failed backups per day above, drill recovery times (passed and failed) below,
 * both over the same days with release dates as vertical lines (major releases stronger).
 */
final class TrendPanel extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private final ZoneId zone;
    private final MarkedChart failures;
    private final MarkedChart drills;
    private LocalDate from = LocalDate.now();

    TrendPanel(OverviewViewModel model, ZoneId zone) {
        this.zone = zone;
        getStyleClass().addAll("overview-card", "overview-trend");
        setId("overview-trend");
        Label title = new Label("Last quarter", new org.kordamp.ikonli.javafx.FontIcon("fth-trending-up"));
        title.getStyleClass().add("overview-card-title");
        Label summary = new Label();
        summary.setId("overview-trend-summary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.textProperty().bind(model.trendSummaryProperty());
        failures = chart("Failed backups per day", "overview-failures-chart");
        drills = chart("Drill recovery time (min)", "overview-drills-chart");
        VBox.setVgrow(failures, Priority.ALWAYS);
        VBox.setVgrow(drills, Priority.ALWAYS);
        getChildren().addAll(title, summary, failures, drills);
        model.trendProperty().addListener((o, was, now) -> show(now));
    }

    private MarkedChart chart(String title, String id) {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setTickUnit(14);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return from.plusDays(Math.round(day.doubleValue())).format(DAY);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        MarkedChart chart = new MarkedChart(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinHeight(150);
        chart.setPrefHeight(200);
        chart.getStyleClass().add("overview-chart");
        return chart;
    }

    private void show(QuarterTrend t) {
        if (t == null) {
            return;
        }
        from = t.from();
        for (MarkedChart c : new MarkedChart[] {failures, drills}) {
            NumberAxis x = (NumberAxis) c.getXAxis();
            x.setLowerBound(0);
            x.setUpperBound(t.days() - 1);
            c.setMarkers(t.releases().stream().map(r -> new MarkedChart.Marker(dayOf(r.at()), r.major(),
                    r.id() + " (" + r.risk().name().toLowerCase() + ") " + r.at().atZone(zone).toLocalDate())).toList());
        }
        XYChart.Series<Number, Number> failed = new XYChart.Series<>();
        int[] perDay = t.failuresPerDay();
        for (int d = 0; d < perDay.length; d++) {
            failed.getData().add(new XYChart.Data<>(d, perDay[d]));
        }
        failures.setCreateSymbols(false);
        failures.getData().setAll(java.util.List.of(failed));
        XYChart.Series<Number, Number> passed = new XYChart.Series<>();
        XYChart.Series<Number, Number> notPassed = new XYChart.Series<>();
        for (QuarterTrend.DrillPoint p : t.drills()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(dayOf(p.at()), minutes(p.recovery()));
            (p.passed() ? passed : notPassed).getData().add(point);
        }
        drills.getData().setAll(java.util.List.of(passed, notPassed));
        passed.getNode().getStyleClass().add("drill-passed-series");
        notPassed.getNode().getStyleClass().add("drill-failed-series");
        for (QuarterTrend.DrillPoint p : t.drills()) {
            tooltipFor(p, p.passed() ? passed : notPassed);
        }
    }

    private void tooltipFor(QuarterTrend.DrillPoint p, XYChart.Series<Number, Number> series) {
        double day = dayOf(p.at());
        series.getData().stream().filter(d -> d.getXValue().doubleValue() == day && d.getNode() != null).findFirst()
                .ifPresent(d -> {
                    d.getNode().getStyleClass().add(p.passed() ? "drill-passed" : "drill-failed");
                    Tooltip.install(d.getNode(), new Tooltip(p.target() + ": " + (p.passed() ? "passed" : "did not pass") + ", recovery "
                            + io.drillbook.core.format.HumanUnits.duration(p.recovery())));
                });
    }

    private double dayOf(java.time.Instant at) {
        var local = at.atZone(zone);
        return java.time.temporal.ChronoUnit.DAYS.between(from, local.toLocalDate()) + local.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    private static double minutes(Duration d) {
        return Math.round(d.toSeconds() / 6.0) / 10.0;
    }
}
