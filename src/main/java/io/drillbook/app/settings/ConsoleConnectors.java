package io.drillbook.app.settings;

import io.drillbook.ui.common.HostKeyDialog;
import io.drillbook.ui.common.SecretDialog;
import javafx.stage.Window;

/**
 * The console's {@link Connectors}: unknown host keys and secrets are asked in dialogs owned by
 * the focused window. Screens that connect anywhere take theirs from {@link #of(SettingsModule)}.
 */
public final class ConsoleConnectors {
    private ConsoleConnectors() {
    }

    public static Connectors of(SettingsModule settings) {
        return settings.connectors(new HostKeyDialog(ConsoleConnectors::focusedWindow), new SecretDialog(ConsoleConnectors::focusedWindow));
    }

    /** The window dialogs belong to: the focused one, else the first. */
    public static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }
}
