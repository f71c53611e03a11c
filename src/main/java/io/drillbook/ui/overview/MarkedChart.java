package io.drillbook.ui.overview;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/** A line chart over day numbers with vertical lines at some days (release dates); major ones drawn stronger. */
final class MarkedChart extends LineChart<Number, Number> {
    /** A vertical line at {@code day} (days since the chart's first day, fractions for the time of day). */
    record Marker(double day, boolean major, String label) {
    }

    private final List<Line> lines = new ArrayList<>();
    private List<Marker> markers = List.of();

    MarkedChart(NumberAxis x, NumberAxis y) {
        super(x, y);
    }

    void setMarkers(List<Marker> value) {
        getPlotChildren().removeAll(lines);
        lines.clear();
        markers = List.copyOf(value);
        for (Marker m : markers) {
            Line line = new Line();
            line.getStyleClass().addAll("release-marker", m.major() ? "release-marker-major" : "release-marker-minor");
            line.setUserData(m);
            javafx.scene.control.Tooltip.install(line, new javafx.scene.control.Tooltip(m.label()));
            lines.add(line);
        }
        getPlotChildren().addAll(0, lines);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        for (Line line : lines) {
            double at = x.getDisplayPosition(((Marker) line.getUserData()).day());
            line.setStartX(at);
            line.setEndX(at);
            line.setStartY(0);
            line.setEndY(height);
        }
    }
}
