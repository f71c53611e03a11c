package io.drillbook.core.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Archives old evidence to a bundle and prunes it from the live chain, leaving a signed checkpoint. */
public interface EvidenceArchive {
    /** Archives and prunes the events before {@code cutoff} into {@code archiveDir}; empty when there were none. */
    Optional<EvidenceCheckpoint> archiveBefore(Instant cutoff, Path archiveDir) throws IOException;
}
