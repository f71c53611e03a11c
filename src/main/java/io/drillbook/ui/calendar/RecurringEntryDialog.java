package io.drillbook.ui.calendar;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Backup window, CAB meeting or freeze form: rule errors inline under the rule, the next occurrences as you type. */
final class RecurringEntryDialog extends Dialog<Object> {
    private final GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
    private int row;

    RecurringEntryDialog(RecurringEntryFormViewModel form) {
        setTitle(form.kind().title());
        getDialogPane().setId("entry-form");
        grid.setHgap(8);
        grid.setVgap(6);
        field("entry-name", "Name", form.nameProperty());
        if (form.kind() == RecurringEntryFormViewModel.Kind.BACKUP_WINDOW) {
            field("entry-systems", "Systems", form.systemsProperty());
        }
        if (form.kind() != RecurringEntryFormViewModel.Kind.CAB_MEETING) {
            field("entry-environments", "Environments (empty: all)", form.environmentsProperty());
        }
        if (form.kind() == RecurringEntryFormViewModel.Kind.FREEZE) {
            field("entry-reason", "Reason", form.reasonProperty());
            CheckBox recovery = new CheckBox("Active recovery");
            recovery.selectedProperty().bindBidirectional(form.activeRecoveryProperty());
            grid.add(recovery, 1, row++);
        }
        field("entry-start", "First start (yyyy-MM-dd HH:mm, local)", form.startProperty());
        field("entry-duration", "Duration (PT2H, 90m)", form.durationProperty());
        field("entry-zone", "Time zone", form.zoneProperty());
        field("entry-rrule", "Repeats (RRULE, empty: once)", form.rruleProperty());
        Label ruleError = new Label();
        ruleError.setId("entry-rule-error");
        ruleError.setWrapText(true);
        ruleError.getStyleClass().add("form-problems");
        ruleError.textProperty().bind(form.ruleErrorProperty());
        grid.add(ruleError, 1, row++);
        field("entry-exdates", "Except on (comma-separated)", form.exdatesProperty());
        ListView<String> preview = new ListView<>(form.preview());
        preview.setId("entry-preview");
        preview.setPrefHeight(130);
        grid.add(new Label("Next occurrences"), 0, row);
        grid.add(preview, 1, row++);
        Label problems = new Label();
        problems.getStyleClass().add("form-problems");
        problems.textProperty().bind(form.problemsProperty());
        grid.add(problems, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.problemsProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? form.entry().orElse(null) : null);
    }

    private void field(String id, String label, StringProperty value) {
        TextField text = new TextField();
        text.setId(id);
        text.setPrefColumnCount(28);
        text.textProperty().bindBidirectional(value);
        grid.add(new Label(label), 0, row);
        grid.add(text, 1, row++);
    }
}
