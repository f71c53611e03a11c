package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.ParameterType;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookParameter;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The start form of one playbook: its parameters (typed, with defaults and allowed values), the production confirmation, dry run and start. */
final class StartPane {
    private final PlaybooksViewModel vm;
    private final Playbook playbook;
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();

    StartPane(PlaybooksViewModel vm, Playbook playbook) {
        this.vm = vm;
        this.playbook = playbook;
    }

    Node build() {
        Label title = new Label(playbook.name());
        title.getStyleClass().add("pb-title");
        Label target = new Label("Target: " + playbook.systemEnv() + " · " + playbook.steps().size() + " steps");
        Label description = new Label(playbook.description());
        description.setWrapText(true);
        GridPane form = parameters();
        TextField typedEnv = new TextField();
        typedEnv.setId("pb-confirm-env");
        typedEnv.setPromptText(playbook.environment());
        HBox confirm = new HBox(8, new Label("Type the environment's name to confirm:"), typedEnv);
        boolean production = PlaybooksViewModel.needsTypedConfirmation(playbook.environment());
        confirm.setVisible(production);
        confirm.setManaged(production);
        Button dry = new Button("Dry run");
        dry.setId("pb-dry-run");
        dry.setOnAction(e -> vm.dryRun(playbook, collect()));
        Button start = new Button("Start run");
        start.setId("pb-start");
        start.getStyleClass().add("accent");
        if (production) {
            start.disableProperty().bind(typedEnv.textProperty().isNotEqualTo(playbook.environment()));
        }
        start.setOnAction(e -> vm.start(playbook, collect(), typedEnv.getText()));
        Label message = new Label();
        message.setId("pb-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        TextArea dryRun = new TextArea();
        dryRun.setId("pb-dry-run-output");
        dryRun.setEditable(false);
        dryRun.getStyleClass().add("pb-command");
        dryRun.textProperty().bind(vm.dryRunText);
        VBox.setVgrow(dryRun, Priority.ALWAYS);
        VBox box = new VBox(10, title, target, description, form, confirm, new HBox(8, dry, start), message, dryRun);
        box.getStyleClass().add("pb-start");
        return box;
    }

    private GridPane parameters() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (PlaybookParameter p : playbook.parameters()) {
            Control input = input(p);
            input.setId("pb-param-" + p.name());
            String hint = p.type().name().toLowerCase(java.util.Locale.ROOT) + (p.required() ? ", required" : "")
                    + (p.allowed().isEmpty() ? "" : ", one of " + p.allowed());
            grid.addRow(row++, new Label(p.name()), input, new Label(hint));
            GridPane.setHgrow(input, Priority.ALWAYS);
        }
        return grid;
    }

    private Control input(PlaybookParameter p) {
        if (!p.allowed().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(p.allowed());
            box.setValue(p.defaultValue());
            values.put(p.name(), box::getValue);
            return box;
        }
        if (p.type() == ParameterType.BOOL) {
            CheckBox box = new CheckBox();
            box.setSelected("true".equals(p.defaultValue()));
            values.put(p.name(), () -> Boolean.toString(box.isSelected()));
            return box;
        }
        TextField field = looksSecret(p.name()) ? new PasswordField() : new TextField();
        field.setText(p.defaultValue() == null ? "" : p.defaultValue());
        field.setPrefColumnCount(40);
        values.put(p.name(), field::getText);
        return field;
    }

    private static boolean looksSecret(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).matches(".*(password|passwd|secret|token|key).*");
    }

    /** The values given; blank ones are left out, so defaults and "required" apply. */
    private Map<String, String> collect() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String v = value.get();
            if (v != null && !v.isBlank()) {
                out.put(name, v);
            }
        });
        return out;
    }
}
