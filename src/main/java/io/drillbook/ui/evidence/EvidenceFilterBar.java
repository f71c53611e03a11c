package io.drillbook.ui.evidence;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The row of filter fields above the evidence table; Enter or "Apply" reloads. */
final class EvidenceFilterBar {
    private EvidenceFilterBar() {
    }

    static FlowPane of(EvidenceViewModel model) {
        EvidenceFilters f = model.filters();
        DatePicker from = datePicker("evidence-from", "From");
        from.valueProperty().bindBidirectional(f.fromProperty());
        DatePicker to = datePicker("evidence-to", "To");
        to.valueProperty().bindBidirectional(f.toProperty());
        Button apply = new Button("Apply");
        apply.setId("evidence-apply");
        apply.setOnAction(e -> model.load());
        FlowPane bar = new FlowPane(6, 6, from, to,
                field("evidence-system", "System", f.systemProperty(), model),
                field("evidence-environment", "Environment", f.environmentProperty(), model),
                field("evidence-kind", "Kind (prefix)", f.kindProperty(), model),
                field("evidence-result", "Result", f.resultProperty(), model),
                field("evidence-actor", "Actor", f.actorProperty(), model),
                field("evidence-search", "Search subject or details", f.textProperty(), model), apply);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(130);
        return picker;
    }

    private static TextField field(String id, String prompt, StringProperty property, EvidenceViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(id.equals("evidence-search") ? 16 : 8);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> model.load());
        return field;
    }
}
