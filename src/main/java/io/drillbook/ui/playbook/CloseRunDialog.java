package io.drillbook.ui.playbook;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asked when the console is closed while a playbook run is in progress. Does not block. */
public final class CloseRunDialog {
    public static final String QUESTION = "A playbook run is in progress. Abort it and close?";

    private CloseRunDialog() {
    }

    /** Shows the question; {@code onAbort} runs (on the JavaFX thread) only when the answer is yes. */
    public static void ask(Window owner, Runnable onAbort) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The run is recorded as aborted (reason: "
                + PlaybooksViewModel.CLOSE_REASON + "), its freeze is lifted and its lock released. "
                + "Answer no to keep the console open and the run going.", ButtonType.YES, ButtonType.NO);
        alert.setTitle("Close Drillbook");
        alert.setHeaderText(QUESTION);
        alert.initOwner(owner);
        alert.getDialogPane().lookupButton(ButtonType.YES).setId("close-abort-run");
        alert.getDialogPane().lookupButton(ButtonType.NO).setId("close-keep-run");
        alert.setOnHidden(e -> {
            if (alert.getResult() == ButtonType.YES) {
                onAbort.run();
            }
        });
        alert.show();
    }
}
