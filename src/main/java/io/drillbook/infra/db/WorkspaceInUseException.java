package io.drillbook.infra.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The embedded workspace is held by a program that does not share it (an older Drillbook, an H2
 * tool opened on the file): one line saying so, never H2's own "Database may be already in use".
 */
public final class WorkspaceInUseException extends RuntimeException {
    /** H2's DATABASE_ALREADY_OPEN_1 and "file locked" codes. */
    private static final int[] IN_USE_CODES = {90020, 90135};

    private WorkspaceInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code failure} as this exception when it says the file is held, else {@code failure} itself. */
    static RuntimeException from(String url, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isInUse(sql)) {
                return new WorkspaceInUseException(message(url), failure);
            }
        }
        return failure;
    }

    private static boolean isInUse(SQLException e) {
        for (int code : IN_USE_CODES) {
            if (e.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    static String message(String url) {
        String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
        path = path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
        Path lock = Path.of(path + ".lock.db");
        String since = "";
        try {
            since = Files.exists(lock) ? " since " + Files.getLastModifiedTime(lock).toInstant() : "";
        } catch (java.io.IOException ignored) {
            // the time is a courtesy
        }
        return "the workspace " + path + ".mv.db is held by another program that does not share it" + since
                + " (an H2 tool, or a Drillbook that does not share workspaces); close that program, or use --data-dir for another workspace";
    }
}
