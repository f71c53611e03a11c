package io.drillbook.ui.common;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;

/**
 * Sizes a table's columns to their content: each column is at least as wide as its header and the
 * widest of its first {@link #SAMPLE} values, so nothing in it is cut off; a table narrower than
 * its columns scrolls sideways instead. Re-measured whenever the rows change.
 */
public final class ColumnFit {
    /** Rows measured: enough for every screen's lists, bounded for large ones. */
    static final int SAMPLE = 500;
    /** Cell padding and the sort arrow's room, in pixels. */
    private static final double PADDING = 28;
    /** The widest a column grows for one long value (free text wraps into a tooltip or detail view instead). */
    private static final double MAX_WIDTH = 640;

    private ColumnFit() {
    }

    public static <T> void toContent(TableView<T> table) {
        Runnable fit = () -> fit(table);
        ListChangeListener<T> onRows = c -> fit.run();
        table.getItems().addListener(onRows);
        table.itemsProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(onRows);
            }
            if (now != null) {
                now.addListener(onRows);
            }
            fit.run();
        });
        table.getColumns().addListener((Observable o) -> fit.run());
        table.skinProperty().addListener((o, old, now) -> fit.run());
    }

    private static <T> void fit(TableView<T> table) {
        ObservableList<T> items = table.getItems();
        List<T> sample = items == null ? List.of() : items.subList(0, Math.min(items.size(), SAMPLE));
        Font font = font(table);
        for (TableColumn<T, ?> column : table.getColumns()) {
            double width = measure(column.getText(), font);
            for (T item : sample) {
                Object value = column.getCellObservableValue(item) == null ? null : column.getCellObservableValue(item).getValue();
                if (value != null) {
                    width = Math.max(width, measure(value.toString(), font));
                }
            }
            double fitted = Math.min(MAX_WIDTH, Math.ceil(width + PADDING));
            column.setMinWidth(fitted);
            if (column.getPrefWidth() < fitted) {
                column.setPrefWidth(fitted);
            }
        }
    }

    /** The font the theme gives the table's text (a header label once the table is shown), else the theme's default size. */
    private static Font font(TableView<?> table) {
        if (table.lookup(".column-header .label") instanceof javafx.scene.control.Label header) {
            return Font.font(header.getFont().getFamily(), header.getFont().getSize());
        }
        return Font.font(Font.getDefault().getFamily(), 14);
    }

    private static double measure(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
