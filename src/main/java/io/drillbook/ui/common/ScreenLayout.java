package io.drillbook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The common frame of a screen: a title row with actions, then the content filling the rest. */
public final class ScreenLayout {
    private ScreenLayout() {
    }

    public static VBox of(String title, Node content, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer);
        header.getChildren().addAll(actions);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(header, content);
        box.getStyleClass().add("screen");
        return box;
    }

    /** A read-only text column. */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    public static <T> TableView<T> table(String id, Node placeholder) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
