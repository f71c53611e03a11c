package io.drillbook.ui.playbook;

import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.playbook.ParameterType;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookParameter;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A playbook's parameters as inputs (typed, with allowed values), filled with given values or the
 * defaults. Secret-looking parameters get a password field and are never filled from a stored run.
 */
final class ParameterForm {
    private final Playbook playbook;
    private final Map<String, String> initial;
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();

    /** @param initial values to show instead of the defaults (e.g. an interrupted run's), masked ones ignored */
    ParameterForm(Playbook playbook, Map<String, String> initial) {
        this.playbook = playbook;
        this.initial = Map.copyOf(initial);
    }

    GridPane build() {
        GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (PlaybookParameter p : playbook.parameters()) {
            Control input = input(p, initialValue(p));
            input.setId("pb-param-" + p.name());
            String hint = p.type().name().toLowerCase(Locale.ROOT) + (p.required() ? ", required" : "")
                    + (p.allowed().isEmpty() ? "" : ", one of " + p.allowed());
            grid.addRow(row++, new Label(p.name()), input, new Label(hint));
            GridPane.setHgrow(input, Priority.ALWAYS);
        }
        return grid;
    }

    private String initialValue(PlaybookParameter p) {
        String given = initial.get(p.name());
        return given == null || Redaction.MASK.equals(given) ? p.defaultValue() : given;
    }

    private Control input(PlaybookParameter p, String value) {
        if (!p.allowed().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(p.allowed());
            box.setValue(value);
            values.put(p.name(), box::getValue);
            return box;
        }
        if (p.type() == ParameterType.BOOL) {
            CheckBox box = new CheckBox();
            box.setSelected("true".equals(value));
            values.put(p.name(), () -> Boolean.toString(box.isSelected()));
            return box;
        }
        TextField field = looksSecret(p.name()) ? new PasswordField() : new TextField();
        field.setText(value == null ? "" : value);
        field.setPrefColumnCount(40);
        values.put(p.name(), field::getText);
        return field;
    }

    private static boolean looksSecret(String name) {
        return Redaction.isSecretName(name) || name.toLowerCase(Locale.ROOT).matches(".*(password|passwd|secret|token|key).*");
    }

    /** The values given; blank ones are left out, so defaults and "required" apply. */
    Map<String, String> collect() {
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
