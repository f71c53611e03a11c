package io.drillbook.app;

import io.drillbook.ui.common.HostKeyDialog;
import io.drillbook.ui.common.SecretDialog;
import javafx.stage.Window;

/**
 * The console's {@link Connectors}: unknown host keys and secrets are asked in dialogs owned by
 * the focused window. Screens that connect anywhere take theirs from {@link #of(AppContext)}.
 */
public final class ConsoleConnectors {
    private ConsoleConnectors() {
    }

    public static Connectors of(AppContext ctx) {
        return ctx.connectors(new HostKeyDialog(ConsoleConnectors::focusedWindow), new SecretDialog(ConsoleConnectors::focusedWindow));
    }

    static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }
}
