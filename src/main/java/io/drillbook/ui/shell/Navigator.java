package io.drillbook.ui.shell;

import java.util.Optional;

/** Lets a screen open another: the main window shows a screen by id and hands out the screens it holds. */
public interface Navigator {

    /** Shows the screen with {@code id} (and reloads it, as the navigation does). */
    void show(String id);

    /** The screen with {@code id}, shown or not. */
    Optional<Screen> screen(String id);
}
