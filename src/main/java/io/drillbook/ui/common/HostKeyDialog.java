package io.drillbook.ui.common;

import io.drillbook.core.connect.HostKeyCandidate;
import io.drillbook.core.connect.HostKeyDecision;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The console's answer to an unknown host key: shows host, key type and SHA-256 fingerprint and
 * waits for "Trust and connect" or "Refuse". Called from the background thread that is
 * connecting, which blocks until the person answers. A changed key never reaches this dialog:
 * the connector refuses it outright, naming both fingerprints.
 */
public final class HostKeyDialog implements HostKeyDecision {
    public static final ButtonType TRUST = new ButtonType("Trust and connect", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType REFUSE = new ButtonType("Refuse", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final Logger LOGGER = LoggerFactory.getLogger(HostKeyDialog.class);

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to; may supply null */
    public HostKeyDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean accept(HostKeyCandidate candidate) {
        boolean trusted = FxAnswer.ask(() -> build(candidate), answer -> answer.filter(TRUST::equals).isPresent(), false);
        LOGGER.info("Host key {} {} of {} {}", candidate.keyType(), candidate.fingerprint(), candidate.hostAndPort(),
                trusted ? "trusted by the operator" : "refused");
        return trusted;
    }

    private Dialog<ButtonType> build(HostKeyCandidate candidate) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Unknown host key");
        dialog.setHeaderText(candidate.hostAndPort() + " is not known yet.\n"
                + "Compare the fingerprint with one its administrator gave you before trusting it.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Host"), readOnly("host-key-host", candidate.hostAndPort()));
        grid.addRow(1, new Label("Key type"), readOnly("host-key-type", candidate.keyType()));
        grid.addRow(2, new Label("Fingerprint"), readOnly("host-key-fingerprint", candidate.fingerprint()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("host-key-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(TRUST, REFUSE);
        return dialog;
    }

    static TextField readOnly(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(48);
        return field;
    }
}
