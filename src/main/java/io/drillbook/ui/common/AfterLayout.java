package io.drillbook.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once the next frame of a scene has been laid out: after what was just built is on screen. */
public final class AfterLayout {
    private AfterLayout() {
    }

    /** Runs {@code action} once on the FX thread after the next layout pass of {@code scene}; at once when there is no scene. */
    public static void nextPulse(Scene scene, Runnable action) {
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
