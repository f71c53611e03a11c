package io.drillbook.core.inventory;

import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a live inventory refresh reads backups from: a backup tool's listing command run over a
 * connection profile and read by an importer, or an S3 prefix of a storage profile whose keys
 * the naming rule maps to systems and environments.
 *
 * @param profile    connection profile (command) or storage profile (s3)
 * @param command    the listing command as typed, e.g. {@code restic snapshots --json}; empty for s3
 * @param format     the importer reading the command's output, e.g. {@code restic}; empty for s3
 * @param namingRule s3 only: overrides the storage profile's rule when not blank
 * @param target     command only: the system and environment of the backups listed
 * @param interval   how often to refresh while the console is open; {@link Duration#ZERO}: on demand only
 */
public record RefreshSource(String name, Kind kind, String profile, String command, String format, String namingRule,
                            SystemEnv target, Duration interval) {

    /** How a source is read. */
    public enum Kind { COMMAND, S3 }

    public RefreshSource {
        requireText(name, "a name");
        Objects.requireNonNull(kind, "kind");
        requireText(profile, "a profile");
        command = command == null ? "" : command.strip();
        format = format == null ? "" : format.strip();
        namingRule = namingRule == null ? "" : namingRule.strip();
        interval = interval == null || interval.isNegative() ? Duration.ZERO : interval;
        if (kind == Kind.COMMAND) {
            requireText(command, "a listing command");
            requireText(format, "an importer format");
            Objects.requireNonNull(target, "refresh source " + name + " needs a system and environment");
        }
    }

    public static RefreshSource command(String name, String profile, String command, String format, SystemEnv target,
                                        Duration interval) {
        return new RefreshSource(name, Kind.COMMAND, profile, command, format, "", target, interval);
    }

    public static RefreshSource s3(String name, String storageProfile, String namingRule, Duration interval) {
        return new RefreshSource(name, Kind.S3, storageProfile, "", "", namingRule, null, interval);
    }

    public boolean scheduled() {
        return !interval.isZero();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("refresh source needs " + what);
        }
    }
}
