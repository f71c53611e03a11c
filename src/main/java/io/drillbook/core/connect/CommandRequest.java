package io.drillbook.core.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One command to run through a {@link RemoteShell}.
 *
 * @param command    the shell command line, already quoted (see {@link CommandTemplate})
 * @param timeout    how long it may run; null for the profile's command timeout
 * @param outputDir  where the full stdout and stderr are written, one file each
 * @param keepBytes  how many bytes of head and of tail the result keeps in memory per channel
 */
public record CommandRequest(String command, Duration timeout, Path outputDir, int keepBytes) {
    public static final int DEFAULT_KEEP_BYTES = 8 * 1024;

    public CommandRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(outputDir, "outputDir");
        if (keepBytes < 0) {
            throw new IllegalArgumentException("keepBytes must not be negative");
        }
    }

    public static CommandRequest of(String command, Path outputDir) {
        return new CommandRequest(command, null, outputDir, DEFAULT_KEEP_BYTES);
    }

    public CommandRequest withTimeout(Duration limit) {
        return new CommandRequest(command, limit, outputDir, keepBytes);
    }

    public Duration timeoutOr(Duration fallback) {
        return timeout == null ? fallback : timeout;
    }
}
