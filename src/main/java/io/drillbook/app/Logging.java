package io.drillbook.app;

import java.nio.file.Path;

/**
 * Points the log file at the data folder ({@code <data-dir>/logs/drillbook.log}) before the first
 * logger is created; logback.xml reads the property.
 */
final class Logging {
    static final String LOG_DIR_PROPERTY = "drillbook.log.dir";

    private Logging() {
    }

    static void configure(Path logDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        }
    }
}
