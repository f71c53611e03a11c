package io.drillbook.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the cold-start benchmark only: with {@code -Ddrillbook.startupProbe=true} the console prints
 * {@code FIRST_FRAME} after its first frame, {@code READY} once the workspace is on screen, and exits.
 */
final class StartupProbe {
    private static final boolean ENABLED = Boolean.getBoolean("drillbook.startupProbe");

    private StartupProbe() {
    }

    static void afterFirstFrame(Scene scene) {
        if (ENABLED) {
            onNextPulse(scene, () -> System.out.println("FIRST_FRAME"));
        }
    }

    static void afterWorkspaceShown(Scene scene) {
        if (ENABLED) {
            onNextPulse(scene, () -> {
                System.out.println("READY");
                System.out.flush();
                Platform.exit();
            });
        }
    }

    private static void onNextPulse(Scene scene, Runnable action) {
        Runnable[] holder = new Runnable[1];
        holder[0] = () -> {
            scene.removePostLayoutPulseListener(holder[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(holder[0]);
        Platform.requestNextPulse();
    }
}
