package io.drillbook.ui.heatmap;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The heat map with its scroll bar, hover tooltip, click-through and legend. The canvas is sized
 * to the pane; scrolling moves the first visible row.
 */
public final class HeatMapPane extends BorderPane {
    private final HeatMapCanvas canvas = new HeatMapCanvas();
    private final ScrollBar scroll = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private BiConsumer<Integer, Integer> onCellClicked = (row, day) -> { };

    public HeatMapPane() {
        getStyleClass().add("heat-map");
        Pane holder = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                canvas.resize(getWidth(), getHeight());
                updateScroll();
            }
        };
        holder.setMinSize(0, 0);
        canvas.setId("heat-map-canvas");
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener((o, was, now) -> canvas.setFirstRow(now.intValue()));
        canvas.dataProperty().addListener(o -> updateScroll());
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> scroll.setValue(clamp(scroll.getValue() - Math.signum(e.getDeltaY()) * 3)));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setId("heat-map-tooltip");
        setCenter(holder);
        setRight(scroll);
        setBottom(legend());
    }

    public HeatMapCanvas canvas() {
        return canvas;
    }

    public Tooltip tooltip() {
        return tooltip;
    }

    public void setData(HeatMapData data) {
        canvas.dataProperty().set(data);
    }

    public void onCellClicked(BiConsumer<Integer, Integer> handler) {
        this.onCellClicked = handler;
    }

    /** Writes what the canvas shows now as a PNG. */
    public void exportPng(Path file) throws IOException {
        WritableImage image = canvas.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private void hover(MouseEvent e) {
        int[] cell = canvas.cellAt(e.getX(), e.getY());
        if (cell == null) {
            tooltip.hide();
            return;
        }
        HeatMapData d = canvas.dataProperty().get();
        tooltip.setText(d.rowLabel(cell[0]) + " — " + d.firstDay().plusDays(cell[1]) + "\n"
                + d.status(cell[0], cell[1]).label() + "\n" + d.describe(cell[0], cell[1]));
        tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
    }

    private void click(MouseEvent e) {
        int[] cell = canvas.cellAt(e.getX(), e.getY());
        if (cell != null) {
            onCellClicked.accept(cell[0], cell[1]);
        }
    }

    private void updateScroll() {
        int hidden = Math.max(0, canvas.dataProperty().get().rowCount() - canvas.visibleRows());
        scroll.setMin(0);
        scroll.setMax(hidden);
        scroll.setVisibleAmount(Math.max(1, canvas.visibleRows()));
        scroll.setDisable(hidden == 0);
        scroll.setValue(clamp(scroll.getValue()));
        canvas.setFirstRow((int) scroll.getValue());
    }

    private double clamp(double value) {
        return Math.max(scroll.getMin(), Math.min(scroll.getMax(), value));
    }

    private static HBox legend() {
        HBox legend = new HBox(14);
        legend.getStyleClass().add("heat-map-legend");
        legend.setStyle("-fx-padding: 6 0 0 0;");
        for (CellStatus s : CellStatus.values()) {
            Label l = new Label(s.label(), new Rectangle(12, 12, s.color()));
            legend.getChildren().add(l);
        }
        return legend;
    }
}
