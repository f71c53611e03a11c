package io.drillbook.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One recovery point of one system in one environment.
 *
 * @param externalId     the tool's own identifier (snapshot id, backup label, object key); with
 *                       {@code source} and {@code target} it identifies the backup, which keeps
 *                       imports idempotent
 * @param completedAt    when the backup finished; null while it runs
 * @param sizeBytes      -1 when unknown
 * @param checksum       may be empty
 * @param location       a URI a restore can use, may be empty
 * @param immutableUntil object-lock or retention date, null when none
 * @param verified       true once a drill restored it and passed
 */
public record Backup(SystemEnv target, BackupSource source, String externalId, Instant startedAt,
                     Instant completedAt, BackupStatus status, long sizeBytes, String checksum,
                     String location, boolean encrypted, Instant immutableUntil, boolean verified) {

    public Backup {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a backup needs an identifier");
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        if (completedAt == null && status != BackupStatus.RUNNING) {
            throw new IllegalArgumentException("backup " + externalId + " is " + status + " but has no completion time");
        }
        if (completedAt != null && completedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("backup " + externalId + " completed before it started");
        }
        checksum = checksum == null ? "" : checksum;
        location = location == null ? "" : location;
    }

    /** Age of this recovery point at {@code moment}; the RPO a restore of it achieves. */
    public Duration ageAt(Instant moment) {
        return Duration.between(completedAt == null ? startedAt : completedAt, moment);
    }

    public Backup withVerified(boolean value) {
        return new Backup(target, source, externalId, startedAt, completedAt, status, sizeBytes,
                checksum, location, encrypted, immutableUntil, value);
    }
}
