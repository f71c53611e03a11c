package io.drillbook.ui.shell;

import javafx.scene.Node;

/** One destination of the main window's navigation. */
public interface Screen {

    /** Stable id, used in tests and to remember the last screen: {@code calendar}, {@code evidence}, ... */
    String id();

    String title();

    /** An Ikonli Feather literal, e.g. {@code fth-calendar}. */
    String icon();

    /** The screen's view; created once, shown when navigated to. */
    Node view();

    /** Reloads data (called when shown and on F5). Must not block the JavaFX thread. */
    void refresh();

    /** Called once by the main window, for screens that open others (the overview's links). */
    default void attach(Navigator navigator) {
    }
}
