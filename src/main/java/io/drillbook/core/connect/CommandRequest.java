package io.drillbook.core.connect;

import io.drillbook.core.evidence.Redaction;

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
 * @param shown      the command as logs and results may show it: secret values masked by whoever
 *                   filled them in; defaults to {@code command} with secret-looking text redacted
 */
public record CommandRequest(String command, Duration timeout, Path outputDir, int keepBytes, String shown) {
    public static final int DEFAULT_KEEP_BYTES = 8 * 1024;

    public CommandRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(outputDir, "outputDir");
        if (keepBytes < 0) {
            throw new IllegalArgumentException("keepBytes must not be negative");
        }
        shown = Redaction.redact(shown == null ? command : shown);
    }

    public CommandRequest(String command, Duration timeout, Path outputDir, int keepBytes) {
        this(command, timeout, outputDir, keepBytes, null);
    }

    public static CommandRequest of(String command, Path outputDir) {
        return new CommandRequest(command, null, outputDir, DEFAULT_KEEP_BYTES);
    }

    public CommandRequest withTimeout(Duration limit) {
        return new CommandRequest(command, limit, outputDir, keepBytes, shown);
    }

    /** The same request, shown as {@code display} (the command with secret values masked). */
    public CommandRequest shownAs(String display) {
        return new CommandRequest(command, timeout, outputDir, keepBytes, display);
    }

    public Duration timeoutOr(Duration fallback) {
        return timeout == null ? fallback : timeout;
    }
}
