package io.drillbook.app;

import io.drillbook.infra.logging.LogFileConfigurator;

import java.nio.file.Path;

/**
 * Points the log file at the data folder ({@code <data-dir>/logs/drillbook.log}) before the first
 * logger is created; {@link LogFileConfigurator} reads the property.
 */
final class Logging {
    static final String LOG_DIR_PROPERTY = LogFileConfigurator.LOG_DIR_PROPERTY;

    private Logging() {
    }

    static void configure(Path logDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
            try {
                // Logback creates the file with the process's umask: the folder keeps other users out.
                io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(logDir);
                io.drillbook.core.evidence.OwnerOnlyFiles.restrict(logDir);
            } catch (java.io.IOException e) {
                System.err.println("drillbook: cannot create the log folder " + logDir + ": " + e.getMessage());
            }
        }
    }
}
