package io.drillbook.ui.heatmap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.time.LocalDate;

/**
 * Draws the visible part of a {@link HeatMapData} on one canvas: row labels, a day axis and one
 * rectangle per visible cell. Scrolling changes {@link #setFirstRow}; nothing is a node per cell.
 */
public final class HeatMapCanvas extends Canvas {
    static final double LABEL_WIDTH = 170;
    static final double AXIS_HEIGHT = 22;
    static final double ROW_HEIGHT = 14;

    private final ObjectProperty<HeatMapData> data = new SimpleObjectProperty<>(HeatMapData.EMPTY);
    private int firstRow;
    private boolean mergeRuns = true;
    private Color textColor = Color.web("#24292f");
    private Color gridColor = Color.web("#d0d7de");

    public HeatMapCanvas() {
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
        data.addListener(o -> {
            firstRow = 0;
            draw();
        });
    }

    public ObjectProperty<HeatMapData> dataProperty() {
        return data;
    }

    public void setFirstRow(int row) {
        int max = Math.max(0, data.get().rowCount() - visibleRows());
        firstRow = Math.max(0, Math.min(row, max));
        draw();
    }

    public int firstRow() {
        return firstRow;
    }

    public int visibleRows() {
        return (int) Math.max(0, Math.floor((getHeight() - AXIS_HEIGHT) / ROW_HEIGHT));
    }

    /** Draw runs of equal status as one rectangle (default). Off: one rectangle per cell, the benchmark's baseline. */
    public void setMergeRuns(boolean merge) {
        this.mergeRuns = merge;
    }

    public void setColors(Color text, Color grid) {
        this.textColor = text;
        this.gridColor = grid;
        draw();
    }

    /** Width of one day column for the current size. */
    public double cellWidth() {
        int days = Math.max(1, data.get().dayCount());
        return Math.max(1, (getWidth() - LABEL_WIDTH) / days);
    }

    /** The cell under a point, or null outside the grid. */
    public int[] cellAt(double x, double y) {
        if (x < LABEL_WIDTH || y < AXIS_HEIGHT) {
            return null;
        }
        int day = (int) ((x - LABEL_WIDTH) / cellWidth());
        int row = firstRow + (int) ((y - AXIS_HEIGHT) / ROW_HEIGHT);
        HeatMapData d = data.get();
        return day < d.dayCount() && row < d.rowCount() ? new int[] {row, day} : null;
    }

    /** Where a cell is drawn, for tests and tooltips: {x, y} of its centre. */
    public double[] centreOf(int row, int day) {
        return new double[] {LABEL_WIDTH + (day + 0.5) * cellWidth(), AXIS_HEIGHT + (row - firstRow + 0.5) * ROW_HEIGHT};
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double prefWidth(double height) {
        return 900;
    }

    @Override
    public double prefHeight(double width) {
        return 500;
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
        setHeight(height);
    }

    /** Draws one full frame. */
    public void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        HeatMapData d = data.get();
        if (d.rowCount() == 0 || d.dayCount() == 0) {
            return;
        }
        drawAxis(g, d);
        drawCells(g, d);
    }

    private void drawCells(GraphicsContext g, HeatMapData d) {
        double w = cellWidth();
        double gap = w >= 4 ? 1 : 0;
        int last = Math.min(d.rowCount(), firstRow + visibleRows());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int row = firstRow; row < last; row++) {
            double y = AXIS_HEIGHT + (row - firstRow) * ROW_HEIGHT;
            g.setFill(textColor);
            g.fillText(d.rowLabel(row), 4, y + ROW_HEIGHT / 2, LABEL_WIDTH - 8);
            drawRow(g, d, row, y, w, mergeRuns ? gap : 1e-9);
        }
    }

    /** Runs of equal status are filled as one rectangle (unless a gap separates cells): a year of mostly green is a few calls. */
    private static void drawRow(GraphicsContext g, HeatMapData d, int row, double y, double w, double gap) {
        int days = d.dayCount();
        int start = 0;
        CellStatus current = d.status(row, 0);
        for (int day = 1; day <= days; day++) {
            CellStatus next = day < days ? d.status(row, day) : null;
            if (next != current || gap > 0) {
                g.setFill(current.color());
                g.fillRect(LABEL_WIDTH + start * w, y + 1, (day - start) * w - gap, ROW_HEIGHT - 2);
                start = day;
                current = next;
            }
        }
    }

    private void drawAxis(GraphicsContext g, HeatMapData d) {
        double w = cellWidth();
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(gridColor);
        LocalDate first = d.firstDay();
        for (int day = 0; day < d.dayCount(); day++) {
            LocalDate date = first.plusDays(day);
            boolean label = d.dayCount() <= 31 ? true : date.getDayOfMonth() == 1;
            if (label) {
                double x = LABEL_WIDTH + day * w;
                g.setFill(textColor);
                g.fillText(d.dayCount() <= 31 ? Integer.toString(date.getDayOfMonth()) : date.getMonth().toString().substring(0, 3),
                        x + 1, AXIS_HEIGHT / 2);
                g.strokeLine(x, AXIS_HEIGHT - 4, x, AXIS_HEIGHT);
            }
        }
    }
}
