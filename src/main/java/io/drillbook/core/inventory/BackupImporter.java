package io.drillbook.core.inventory;

import io.drillbook.core.model.BackupSource;

import java.nio.file.Path;

/** Reads one backup tool's output into a validated batch. Implementations store nothing. */
public interface BackupImporter {

    /** The name used on the command line, e.g. {@code restic}. */
    String format();

    BackupSource source();

    ParsedBatch parse(Path file, ImportOptions options) throws ImportException;
}
