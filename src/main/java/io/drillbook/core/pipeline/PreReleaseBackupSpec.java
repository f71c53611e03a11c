package io.drillbook.core.pipeline;

import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.Objects;

/**
 * How one system in one environment takes its pre-release backup: a command run over a connection
 * profile, and how its result becomes a backup.
 *
 * @param profile    connection profile the command runs over ({@code local} for this machine)
 * @param command    command template; {@code ${backup.id}}, {@code ${system}}, {@code ${environment}},
 *                   {@code ${release}}, {@code ${commit}}, {@code ${pipeline}} are filled in shell-quoted
 * @param result     how the result becomes a backup
 * @param file       for {@link ResultKind#FILE}: the file the command wrote (a template too); its
 *                   SHA-256 and size are taken over the same connection
 * @param location   where a restore finds the backup (a template); defaults to the file's URI
 * @param attempts   how often the command is tried before the run fails (at least 1)
 * @param retryDelay pause between attempts
 * @param timeout    how long one attempt may run; null for the profile's command timeout
 */
public record PreReleaseBackupSpec(SystemEnv target, String profile, String command, ResultKind result, String file,
                                   String location, int attempts, Duration retryDelay, Duration timeout) {
    public static final String LOCAL = "local";

    /** How a command's result becomes a backup. */
    public enum ResultKind {
        /** A file the command wrote: its checksum and size are taken. */
        FILE,
        /** {@code restic backup --json}: the summary line's snapshot id and size. */
        RESTIC_JSON
    }

    public PreReleaseBackupSpec {
        Objects.requireNonNull(target, "target");
        profile = profile == null || profile.isBlank() ? LOCAL : profile;
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("a pre-release backup of " + target + " needs a command");
        }
        Objects.requireNonNull(result, "result");
        if (result == ResultKind.FILE && (file == null || file.isBlank())) {
            throw new IllegalArgumentException("the pre-release backup of " + target + " takes its result from a file: name it (result: {file: PATH})");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        retryDelay = retryDelay == null ? Duration.ZERO : retryDelay;
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retryDelay must not be negative");
        }
    }
}
