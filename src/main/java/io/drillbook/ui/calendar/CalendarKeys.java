package io.drillbook.ui.calendar;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Map;

/**
 * The calendar's keyboard shortcuts (documented in README's key table). Plain letters act only when
 * no text field has the focus, so typing in the search box never switches views.
 */
final class CalendarKeys {
    /** What each shortcut does. */
    interface Actions {
        void today();

        void dayView();

        void weekView();

        void monthView();

        void agenda();

        void newRelease();

        void undo();

        void focusSearch();

        void back();

        void forward();
    }

    private CalendarKeys() {
    }

    static void install(Node root, Actions a) {
        Map<KeyCode, Runnable> plain = Map.of(KeyCode.T, a::today, KeyCode.D, a::dayView, KeyCode.W, a::weekView,
                KeyCode.M, a::monthView, KeyCode.A, a::agenda, KeyCode.N, a::newRelease,
                KeyCode.PAGE_UP, a::back, KeyCode.PAGE_DOWN, a::forward);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                a.undo();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                a.focusSearch();
                e.consume();
            } else if (!e.isShortcutDown() && !e.isAltDown() && !typingIn(root) && plain.containsKey(e.getCode())) {
                plain.get(e.getCode()).run();
                e.consume();
            }
        });
    }

    private static boolean typingIn(Node root) {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }
}
