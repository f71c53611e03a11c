package io.drillbook.ui.shell;

import io.drillbook.ui.common.Theme;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Remembers the window's size, position, theme and last screen in {@code <data-dir>/console.properties}. */
public final class WindowStateStore {

    private final Path file;
    private final Properties values = new Properties();

    public WindowStateStore(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException e) {
                Log.LOGGER.warn("Cannot read {}; using defaults", file, e);
            }
        }
    }

    public void restore(Stage stage) {
        stage.setWidth(number("width", 1280));
        stage.setHeight(number("height", 820));
        if (values.containsKey("x") && values.containsKey("y")) {
            stage.setX(number("x", 0));
            stage.setY(number("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized", "false")));
    }

    public void remember(Stage stage) {
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    public Theme theme() {
        return Theme.parse(values.getProperty("theme", "light"));
    }

    public void setTheme(Theme theme) {
        values.setProperty("theme", theme.name().toLowerCase());
    }

    public String lastScreen() {
        return values.getProperty("screen", "calendar");
    }

    public void setLastScreen(String id) {
        values.setProperty("screen", id);
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "Drillbook console state");
            }
        } catch (IOException e) {
            Log.LOGGER.warn("Cannot save window state to {}", file, e);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Created on first use, not when this class loads: the console's start must not wait for the
     * logging set-up, which runs meanwhile on the thread opening the store (docs/adr/0026-start-up.md).
     */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(WindowStateStore.class);
    }
}
