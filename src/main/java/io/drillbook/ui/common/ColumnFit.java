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
    private static final double PADDING = 32;
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

    /** What a column whose cells draw the whole row (a status badge) shows for a row, and its graphic's room in pixels. */
    private record Shown<T>(java.util.function.Function<T, String> text, double graphicRoom) {
    }

    private static final Object SHOWN = new Object();

    /**
     * For a column whose cell value is the row itself: {@code text} is what its cells show for a row,
     * beside a graphic {@code graphicRoom} pixels wide, so the column is measured by that.
     */
    public static <T> void measureBy(TableColumn<T, ?> column, java.util.function.Function<T, String> text, double graphicRoom) {
        column.getProperties().put(SHOWN, new Shown<>(text, graphicRoom));
    }

    @SuppressWarnings("unchecked")
    private static <T> Shown<T> shownBy(TableColumn<T, ?> column) {
        return (Shown<T>) column.getProperties().get(SHOWN);
    }

    private static <T> void fit(TableView<T> table) {
        ObservableList<T> items = table.getItems();
        List<T> sample = items == null ? List.of() : items.subList(0, Math.min(items.size(), SAMPLE));
        Font font = font(table);
        for (TableColumn<T, ?> column : table.getColumns()) {
            // Headers are bold in both themes, with room for the sort arrow.
            double width = measure(column.getText(), Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize())) + 16;
            Shown<T> shown = shownBy(column);
            for (T item : sample) {
                if (shown != null) {
                    width = Math.max(width, measure(shown.text().apply(item), font) + shown.graphicRoom());
                    continue;
                }
                Object value = column.getCellObservableValue(item) == null ? null : column.getCellObservableValue(item).getValue();
                if (value instanceof CharSequence || value instanceof Number) {
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
    /** Widens {@code column} so that {@code text} in {@code font} fits, up to the widest a column grows. */
    static void widen(TableColumn<?, ?> column, String text, Font font) {
        widen(column, text, font, 0);
    }

    /** {@link #widen(TableColumn, String, Font)} for a cell that also shows a graphic {@code graphicRoom} pixels wide. */
    static void widen(TableColumn<?, ?> column, String text, Font font, double graphicRoom) {
        if (column == null) {
            return;
        }
        double needed = Math.min(MAX_WIDTH, Math.ceil(measure(text, larger(font)) + graphicRoom + PADDING));
        if (needed > column.getMinWidth()) {
            column.setMinWidth(needed);
        }
        if (needed > column.getPrefWidth()) {
            column.setPrefWidth(needed);
        }
    }

    /** Before CSS reaches a cell its font is the platform default, smaller than the theme's: measure with the larger. */
    private static Font larger(Font font) {
        return font == null || font.getSize() < 14 ? Font.font(font == null ? Font.getDefault().getFamily() : font.getFamily(), 14) : font;
    }

    private static Font font(TableView<?> table) {
        if (table.lookup(".column-header .label") instanceof javafx.scene.control.Label header) {
            return larger(header.getFont());
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
