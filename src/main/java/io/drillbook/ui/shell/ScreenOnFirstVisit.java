package io.drillbook.ui.shell;

import javafx.scene.Node;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A screen the main window lists (navigation button, shortcut) but builds only when it is first
 * needed: shown, looked up by another screen, or refreshed. The console starts with only its first
 * screen built, so the start does not pay for every other screen's controls and stylesheets.
 */
public final class ScreenOnFirstVisit implements Screen {
    private final String id;
    private final String title;
    private final String icon;
    private final Supplier<? extends Screen> factory;
    private Screen built;
    private Navigator navigator;

    public ScreenOnFirstVisit(String id, String title, String icon, Supplier<? extends Screen> factory) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.factory = factory;
    }

    /** The screen itself, built now if it was not yet (on the JavaFX thread). */
    public Screen get() {
        if (built == null) {
            Screen screen = factory.get();
            if (!screen.id().equals(id)) {
                throw new IllegalStateException("screen '" + id + "' built as '" + screen.id() + "'");
            }
            built = screen;
            if (navigator != null) {
                built.attach(navigator);
            }
        }
        return built;
    }

    /** The screen if it has been built, without building it. */
    public Optional<Screen> ifBuilt() {
        return Optional.ofNullable(built);
    }

    /** {@code screen} itself, or the screen behind it when it is one of these and has been built; never builds it. */
    public static Optional<Screen> ifBuilt(Screen screen) {
        return screen instanceof ScreenOnFirstVisit lazy ? lazy.ifBuilt() : Optional.of(screen);
    }

    /** {@code screen} itself, or the built screen behind it when it is one of these. */
    public static Screen unwrap(Screen screen) {
        return screen instanceof ScreenOnFirstVisit lazy ? lazy.get() : screen;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public Node view() {
        return get().view();
    }

    /** Reloads a built screen; one not built yet loads when it is first shown. */
    @Override
    public void refresh() {
        if (built != null) {
            built.refresh();
        }
    }

    @Override
    public void attach(Navigator navigator) {
        this.navigator = navigator;
        if (built != null) {
            built.attach(navigator);
        }
    }
}
