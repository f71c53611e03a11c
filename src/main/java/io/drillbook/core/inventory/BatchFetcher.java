package io.drillbook.core.inventory;

import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;

/** Reads a refresh source's current listing into a batch: runs the command or lists the prefix. Blocks. */
@FunctionalInterface
public interface BatchFetcher {

    /**
     * @throws ImportException when the listing could not be read (names the output file and position)
     * @throws RuntimeException when the profile is missing or the host or store could not be reached
     */
    ParsedBatch fetch(RefreshSource source, ProgressListener progress, CancellationToken cancel) throws ImportException;
}
