package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;

/** The release form as a dialog; OK stays disabled while the form has problems, which are listed under it. */
public final class ReleaseFormDialog extends Dialog<Release> {
    private final GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
    private int row;

    public ReleaseFormDialog(ReleaseFormViewModel form) {
        setTitle(form.isNew() ? "New release" : "Edit release " + form.idProperty().get());
        getDialogPane().setId("release-form");
        grid.setHgap(8);
        grid.setVgap(6);
        TextField id = field("release-id", "Id", form.idProperty());
        id.setDisable(!form.isNew());
        field("release-title", "Title", form.titleProperty());
        field("release-systems", "Systems (comma-separated)", form.systemsProperty());
        field("release-environments", "Environments", form.environmentsProperty());
        field("release-start", "Window start (yyyy-MM-dd HH:mm)", form.startProperty());
        field("release-end", "Window end", form.endProperty());
        choice("release-risk", "Risk class", RiskClass.values(), form.riskProperty());
        choice("release-status", "Status", ReleaseStatus.values(), form.statusProperty());
        field("release-cab-by", "CAB approved by", form.cabByProperty());
        field("release-cab-at", "CAB approved at", form.cabAtProperty());
        Label problems = new Label();
        problems.setId("release-problems");
        problems.getStyleClass().add("form-problems");
        problems.textProperty().bind(form.problemsProperty());
        grid.add(problems, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("release-save");
        ok.disableProperty().bind(form.problemsProperty().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? form.release().orElse(null) : null);
    }

    private TextField field(String nodeId, String label, StringProperty value) {
        TextField text = new TextField();
        text.setId(nodeId);
        text.setPrefColumnCount(24);
        text.textProperty().bindBidirectional(value);
        add(label, text);
        return text;
    }

    private <T> void choice(String nodeId, String label, T[] values, Property<T> value) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(nodeId);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        add(label, box);
    }

    private void add(String label, Node control) {
        grid.add(new Label(label), 0, row);
        grid.add(control, 1, row++);
    }
}
