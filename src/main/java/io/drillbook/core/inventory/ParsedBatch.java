package io.drillbook.core.inventory;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;

import java.util.List;
import java.util.Objects;

/**
 * One tool output, fully read and validated, before anything is stored.
 *
 * @param fileName  the file as the user named it, for messages and evidence
 * @param sha256    hex SHA-256 of the file's bytes
 * @param backups   the backups it reports, already mapped to their targets
 * @param rejected  items left out, each with a reason
 * @param notices   facts worth reporting that are not backups (a tool status code, a backup running)
 */
public record ParsedBatch(String fileName, String sha256, BackupSource source, List<Backup> backups,
                          List<Rejection> rejected, List<String> notices) {
    public ParsedBatch {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        backups = List.copyOf(backups);
        rejected = List.copyOf(rejected);
        notices = List.copyOf(notices);
    }
}
