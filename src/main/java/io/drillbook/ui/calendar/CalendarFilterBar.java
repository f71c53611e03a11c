package io.drillbook.ui.calendar;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Filters above the calendar: system, environment, entry kinds, search, and "Today". */
final class CalendarFilterBar extends HBox {
    private final TextField search = new TextField();

    CalendarFilterBar(CalendarViewModel model, Runnable today) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("calendar-filters");
        ComboBox<String> system = combo("filter-system", model.systems(), model);
        system.valueProperty().bindBidirectional(model.systemProperty());
        ComboBox<String> environment = combo("filter-environment", model.environments(), model);
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        getChildren().addAll(new Label("System"), system, new Label("Env"), environment);
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
