package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;

/** Starts the JavaFX console; kept apart so the launcher loads no JavaFX class for headless runs. */
final class ConsoleStarter {
    private ConsoleStarter() {
    }

    static void start(AppConfig config) {
        ConsoleApplication.launchWith(config);
    }
}
