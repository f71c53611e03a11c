package io.drillbook.app;

import io.drillbook.ui.playbook.CloseRunDialog;
import io.drillbook.ui.playbook.PlaybooksScreen;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Closing the console while a playbook run is in progress asks first; on yes the run is aborted
 * ("console closed"), its lock released, and then the window closes. Without a run it closes at once.
 */
final class CloseGuard {
    private final Stage stage;
    private final Supplier<Optional<PlaybooksScreen>> playbooks;
    private final Runnable beforeClose;
    private boolean closing;

    private CloseGuard(Stage stage, Supplier<Optional<PlaybooksScreen>> playbooks, Runnable beforeClose) {
        this.stage = stage;
        this.playbooks = playbooks;
        this.beforeClose = beforeClose;
    }

    /**
     * Guards {@code stage}, replacing the guard of a main window shown in it before.
     *
     * @param playbooks   the playbooks screen, when it has been built (one never built runs nothing)
     * @param beforeClose runs just before the guard closes the window itself (e.g. remember its geometry)
     */
    static void install(Stage stage, Supplier<Optional<PlaybooksScreen>> playbooks, Runnable beforeClose) {
        CloseGuard guard = new CloseGuard(stage, playbooks, beforeClose);
        EventHandler<WindowEvent> filter = guard::onCloseRequest;
        Object earlier = stage.getProperties().put(CloseGuard.class, filter);
        if (earlier instanceof EventHandler<?> old) {
            @SuppressWarnings("unchecked")
            EventHandler<WindowEvent> previous = (EventHandler<WindowEvent>) old;
            stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, previous);
        }
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
    }

    private void onCloseRequest(WindowEvent e) {
        if (closing) {
            e.consume();
            return;
        }
        Optional<PlaybooksScreen> screen = playbooks.get().filter(PlaybooksScreen::runInProgress);
        if (screen.isEmpty()) {
            return;
        }
        e.consume();
        CloseRunDialog.ask(stage, () -> {
            closing = true;
            screen.get().abortRunForClose(() -> {
                beforeClose.run();
                stage.close();
            });
        });
    }
}
