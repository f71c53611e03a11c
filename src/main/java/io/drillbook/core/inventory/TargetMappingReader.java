package io.drillbook.core.inventory;

import java.nio.file.Path;

/** Reads a mapping file of backup names to systems and environments; problems name file, line and column. */
@FunctionalInterface
public interface TargetMappingReader {
    TargetMapping read(Path file) throws ImportException;
}
