package io.drillbook.ui.calendar;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Filters above the calendar: system, environment, entry kinds, search, and "Today". Wraps onto a
 * second row when the window is narrow, so no filter is cut off.
 */
final class CalendarFilterBar extends FlowPane {
    private final TextField search = new TextField();

    CalendarFilterBar(CalendarViewModel model, Runnable today) {
        super(12, 6);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        setPrefWrapLength(400);
        getStyleClass().add("calendar-filters");
        ComboBox<String> system = combo("filter-system", model.systems(), model);
        system.valueProperty().bindBidirectional(model.systemProperty());
        ComboBox<String> environment = combo("filter-environment", model.environments(), model);
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        getChildren().addAll(labelled("System", system), labelled("Env", environment));
        for (CalendarKind kind : CalendarKind.values()) {
            CheckBox shown = new CheckBox(kind.title());
            shown.setId("filter-kind-" + kind.style());
            shown.getStyleClass().add(kind.style() + "-filter");
            shown.selectedProperty().bindBidirectional(model.kindShownProperty(kind));
            getChildren().add(shown);
        }
        search.setId("calendar-search");
        search.setPromptText("Search (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        Button todayButton = new Button("Today");
        todayButton.setId("calendar-today");
        todayButton.setOnAction(e -> today.run());
        getChildren().addAll(search, todayButton);
    }

    private static HBox labelled(String text, javafx.scene.Node field) {
        HBox pair = new HBox(6, new Label(text), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items, CalendarViewModel model) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(110);
        return box;
    }

    void focusSearch() {
        search.requestFocus();
    }
}
