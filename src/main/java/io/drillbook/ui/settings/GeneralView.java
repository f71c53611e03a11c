package io.drillbook.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where things are and who is operating: each value selectable, copyable, and (for folders and
 * files) openable; the theme, switched through the window's own theme toggle.
 */
final class GeneralView extends GridPane {

    /** @param openable labels whose values are paths the opener can show */
    GeneralView(Map<String, String> facts, Set<String> openable, Consumer<Path> opener) {
        setHgap(12);
        setVgap(8);
        int row = 0;
        for (Map.Entry<String, String> f : facts.entrySet()) {
            String id = "setting-" + f.getKey().toLowerCase().replace(' ', '-');
            TextField value = new TextField(f.getValue());
            value.setEditable(false);
            value.setPrefColumnCount(60);
            value.setId(id);
            HBox actions = new HBox(6, copyButton(id, f.getValue()));
            if (openable.contains(f.getKey())) {
                actions.getChildren().add(ConnectionProfilesView.button(id + "-open", "Open", () -> opener.accept(Path.of(f.getValue()))));
            }
            addRow(row++, new Label(f.getKey()), value, actions);
        }
        addRow(row++, new Label("Theme"), themeChoice());
        Label hint = new Label("The operator is recorded in evidence; set it with DRILLBOOK_OPERATOR before starting Drillbook.");
        hint.getStyleClass().add("hint");
        add(hint, 0, row, 3, 1);
    }

    private static Button copyButton(String id, String text) {
        return ConnectionProfilesView.button(id + "-copy", "Copy", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private ComboBox<String> themeChoice() {
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("setting-theme");
        theme.getItems().setAll("Light", "Dark");
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                theme.setValue(scene.getRoot().getStyleClass().contains("dark") ? "Dark" : "Light");
            }
        });
        theme.setOnAction(e -> switchTheme("Dark".equals(theme.getValue())));
        return theme;
    }

    private void switchTheme(boolean dark) {
        if (getScene() == null || getScene().getRoot().getStyleClass().contains("dark") == dark) {
            return;
        }
        if (getScene().lookup("#theme-toggle") instanceof ToggleButton toggle) {
            toggle.fire();
        }
    }
}
