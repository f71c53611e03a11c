package io.drillbook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The common frame of a screen: a title row with actions, then the content filling the rest. */
public final class ScreenLayout {
    private ScreenLayout() {
    }

    /** The title on the left, the actions on the right; actions wrap onto a second row rather than being cut off. */
    public static VBox of(String title, Node content, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add("screen-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actionBar = new FlowPane(8, 6, actions);
        actionBar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        actionBar.setMinWidth(0);
        actionBar.setPrefWrapLength(200);
        HBox.setHgrow(actionBar, Priority.ALWAYS);
        HBox header = new HBox(8, heading, actionBar);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(header, content);
        box.getStyleClass().add("screen");
        return box;
    }

    /** A form grid whose first column (the labels) is never narrower than its widest label. */
    public static javafx.scene.layout.GridPane labelsNeverCut(javafx.scene.layout.GridPane grid) {
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        if (grid.getColumnConstraints().isEmpty()) {
            grid.getColumnConstraints().add(labels);
        }
        return grid;
    }

    /** A read-only text column. */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TextCellWithHover<>());
        return c;
    }

    /**
     * A text cell that widens its column to fit what it shows (also values that change after the
     * rows were measured), and whose text, when longer than a column may grow, is on hover in full.
     */
    private static final class TextCellWithHover<T> extends javafx.scene.control.TableCell<T, String> {
        private static final int LONG = 60;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.length() < LONG ? null : new javafx.scene.control.Tooltip(item));
            if (!empty && item != null) {
                ColumnFit.widen(getTableColumn(), item, getFont());
            }
        }
    }

    public static <T> TableView<T> table(String id, Node placeholder) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(placeholder);
        ColumnFit.toContent(table);
        return table;
    }
}
