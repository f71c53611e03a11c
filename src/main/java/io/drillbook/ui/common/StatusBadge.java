package io.drillbook.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/**
 * A result as every list shows it: the tone's icon in the tone's colour, then the words. Used as a
 * label, as a table column and as a list cell, so drills, runs, backups and gates all look alike.
 */
public final class StatusBadge {
    private static final String BADGE = "status-badge";

    private StatusBadge() {
    }

    /** A label showing {@code text} after the tone's icon. */
    public static Label of(StatusTone tone, String text) {
        Label label = new Label(text);
        show(label, tone);
        return label;
    }

    /** Gives {@code label} the tone's icon and colour class (replacing an earlier tone). */
    public static void show(Label label, StatusTone tone) {
        label.getStyleClass().removeIf(c -> c.startsWith("status-"));
        if (tone == null) {
            label.setGraphic(null);
            return;
        }
        label.getStyleClass().addAll(BADGE, tone.styleClass());
        label.setGraphic(icon(tone));
    }

    /** An icon and the gap to its words, in pixels. */
    private static final double ICON_ROOM = 24;

    /** The tone's icon alone, coloured by its style class. */
    public static FontIcon icon(StatusTone tone) {
        FontIcon icon = new FontIcon(tone.icon());
        icon.getStyleClass().addAll("status-icon", tone.styleClass());
        return icon;
    }

    /**
     * A read-only column showing each row's tone and words, widened so the words fit (up to the widest a
     * column grows); the words are also the cell's tooltip, for reasons longer than that.
     */
    public static <T> TableColumn<T, T> column(String title, double width, Function<T, StatusTone> tone, Function<T, String> text) {
        TableColumn<T, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        ColumnFit.measureBy(c, row -> text.apply(row), ICON_ROOM);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                StatusTone t = tone.apply(item);
                String words = text.apply(item);
                setText(words);
                setGraphic(t == null ? null : icon(t));
                ColumnFit.widen(getTableColumn(), words, getFont(), t == null ? 0 : ICON_ROOM);
                if (t != null) {
                    getStyleClass().addAll(BADGE, t.styleClass());
                }
                setTooltip(words == null || words.isEmpty() ? null : new Tooltip(words));
            }
        });
        return c;
    }

    /** A list cell showing each item's tone and words, wrapped to the list's width so nothing is cut off. */
    public static <T> ListCell<T> listCell(Function<T, StatusTone> tone, Function<T, String> text) {
        return new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(text.apply(item));
                StatusTone t = tone.apply(item);
                setGraphic(t == null ? null : icon(t));
            }
        };
    }
}
