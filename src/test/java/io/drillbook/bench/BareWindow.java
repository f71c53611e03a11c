package io.drillbook.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The cold-start baseline: the smallest JavaFX window, exiting after its first frame. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("bare"), 400, 300);
        stage.setScene(scene);
        stage.show();
        Runnable[] holder = new Runnable[1];
        holder[0] = () -> {
            scene.removePostLayoutPulseListener(holder[0]);
            System.out.println("FIRST_FRAME");
            System.out.flush();
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(holder[0]);
        Platform.requestNextPulse();
    }

    /** Entry point; a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
