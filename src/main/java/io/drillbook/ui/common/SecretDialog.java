package io.drillbook.ui.common;

import io.drillbook.core.connect.SecretPrompt;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks for a key passphrase or a password in a password field, from the background thread that
 * needs it. The answer goes to the caller once; the dialog keeps nothing and the field is cleared.
 */
public final class SecretDialog implements SecretPrompt {
    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to; may supply null */
    public SecretDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(SecretKind kind, String subject) {
        return FxAnswer.ask(() -> build(kind, subject), answer -> answer.flatMap(a -> a), Optional.empty());
    }

    private Dialog<Optional<char[]>> build(SecretKind kind, String subject) {
        Dialog<Optional<char[]>> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        String what = kind == SecretKind.KEY_PASSPHRASE ? "Passphrase of the key" : "Password";
        dialog.setTitle(what);
        dialog.setHeaderText(what + " for " + subject + "\nUsed for this connection only; never stored.");
        PasswordField field = new PasswordField();
        field.setId("secret-field");
        dialog.getDialogPane().setContent(new VBox(8, new Label(what), field));
        dialog.getDialogPane().setId("secret-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            Optional<char[]> answer = button == ButtonType.OK ? Optional.of(field.getText().toCharArray()) : Optional.empty();
            field.clear();
            return answer;
        });
        dialog.setOnShown(e -> field.requestFocus());
        return dialog;
    }
}
