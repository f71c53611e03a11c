package io.drillbook.ui.shell;

import io.drillbook.ui.common.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The console's frame: navigation on the left (Ctrl+1..9), the current screen in the middle, the
 * status bar below, a theme switch (Ctrl+Shift+L) and refresh (F5).
 */
public final class MainWindow extends BorderPane implements Navigator {
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Consumer<String> onNavigate;
    private Screen current;
    private Theme theme;
    private Consumer<Theme> onTheme = t -> { };

    public MainWindow(List<Screen> screenList, StatusBar statusBar, Theme theme, Consumer<String> onNavigate) {
        this.theme = theme;
        this.onNavigate = onNavigate;
        getStyleClass().add("main-window");
        VBox sidebar = new VBox();
        sidebar.getStyleClass().add("sidebar");
        Label brand = new Label("Drillbook", new FontIcon("fth-shield"));
        brand.getStyleClass().add("brand");
        sidebar.getChildren().add(brand);
        int index = 1;
        for (Screen s : screenList) {
            screens.put(s.id(), s);
            ToggleButton b = navButton(s, index++);
            buttons.put(s.id(), b);
            sidebar.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ToggleButton themeButton = new ToggleButton("Dark theme", new FontIcon("fth-moon"));
        themeButton.setId("theme-toggle");
        themeButton.setSelected(theme == Theme.DARK);
        themeButton.setTooltip(new Tooltip("Switch between light and dark (Ctrl+Shift+L)"));
        themeButton.setOnAction(e -> switchTheme());
        sidebar.getChildren().addAll(spacer, themeButton);
        setLeft(sidebar);
        setCenter(content);
        setBottom(statusBar);
        screenList.forEach(s -> s.attach(this));
    }

    private ToggleButton navButton(Screen s, int index) {
        ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
        b.setId("nav-" + s.id());
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(s.title() + (index <= 9 ? " (Ctrl+" + index + ")" : "")));
        b.setOnAction(e -> show(s.id()));
        return b;
    }

    /** Installs keyboard shortcuts on the scene this window is shown in. */
    public void installShortcuts(Scene scene) {
        int index = 1;
        for (String id : screens.keySet()) {
            if (index <= 9) {
                KeyCode digit = KeyCode.valueOf("DIGIT" + index);
                scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(id));
            }
            index++;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::switchTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refreshCurrent);
    }

    @Override
    public void show(String id) {
        Screen s = screens.getOrDefault(id, screens.values().iterator().next());
        current = s;
        content.getChildren().setAll(s.view());
        buttons.get(s.id()).setSelected(true);
        s.refresh(); // a screen built on this first visit loads here
        onNavigate.accept(s.id());
    }

    /** Reloads the screen on show, e.g. after another console changed the workspace. */
    public void refreshCurrent() {
        if (current != null) {
            current.refresh();
        }
    }

    public void onThemeChange(Consumer<Theme> listener) {
        this.onTheme = listener;
    }

    private void switchTheme() {
        theme = theme.other();
        if (getScene() != null) {
            theme.applyTo(getScene());
        }
        ((ToggleButton) lookup("#theme-toggle")).setSelected(theme == Theme.DARK);
        onTheme.accept(theme);
    }

    public Theme theme() {
        return theme;
    }

    public Screen currentScreen() {
        return current == null ? null : ScreenOnFirstVisit.unwrap(current);
    }

    /** The screen with {@code id}, shown or not (built now if it is built on first visit). */
    @Override
    public java.util.Optional<Screen> screen(String id) {
        return java.util.Optional.ofNullable(screens.get(id)).map(ScreenOnFirstVisit::unwrap);
    }
}
