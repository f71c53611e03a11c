package io.drillbook.ui.settings;

import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where things are: data folder, database, log file, operator. Profiles are managed here too. */
public final class SettingsScreen implements Screen {
    private final Map<String, String> facts;
    private Node view;

    /** @param facts label to value, shown read-only and selectable (for copying paths) */
    public SettingsScreen(Map<String, String> facts) {
        this.facts = new LinkedHashMap<>(facts);
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public String icon() {
        return "fth-settings";
    }

    @Override
    public Node view() {
        if (view == null) {
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(8);
            grid.setPadding(new Insets(8, 0, 0, 0));
            int row = 0;
            for (Map.Entry<String, String> f : facts.entrySet()) {
                TextField value = new TextField(f.getValue());
                value.setEditable(false);
                value.setPrefColumnCount(60);
                value.setId("setting-" + f.getKey().toLowerCase().replace(' ', '-'));
                grid.addRow(row++, new Label(f.getKey()), value);
            }
            view = ScreenLayout.of("Settings", grid);
        }
        return view;
    }

    @Override
    public void refresh() {
        // static facts
    }
}
